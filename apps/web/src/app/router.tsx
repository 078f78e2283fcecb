import { createBrowserRouter, RouterProvider } from "react-router";
import { Layout } from "../components/layout.tsx";
import { RouteError } from "../components/route-error.tsx";
import { prefetchFirstPaint } from "../features/overview/prefetch-first-paint.ts";

/**
 * Every page is its own chunk (react-router `lazy`): a route module exports `Component`. The
 * overview loads only what the overview needs; its loader asks for the first figures meanwhile.
 */
const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, loader: prefetchFirstPaint, lazy: () => import("./routes/overview.tsx") },
          { path: "commitments", lazy: () => import("./routes/commitments.tsx") },
          { path: "commitments/:id", lazy: () => import("./routes/commitment.tsx") },
          { path: "statements", lazy: () => import("./routes/statements.tsx") },
          { path: "statements/new", lazy: () => import("./routes/statement-new.tsx") },
          { path: "statements/:id", lazy: () => import("./routes/statement.tsx") },
          { path: "countries/:code", lazy: () => import("./routes/country.tsx") },
          { path: "pairs/:pair", lazy: () => import("./routes/pair.tsx") },
          { path: "themes/:slug", lazy: () => import("./routes/theme.tsx") },
          { path: "about", lazy: () => import("./routes/about.tsx") },
          { path: "import", lazy: () => import("./routes/import.tsx") },
          { path: "sign-in", lazy: () => import("./routes/sign-in.tsx") },
          { path: "*", lazy: () => import("./routes/not-found.tsx") },
        ],
      },
    ],
  },
]);

export const AppRouter = () => <RouterProvider router={router} />;
