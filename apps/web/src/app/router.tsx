import { createBrowserRouter, RouterProvider } from "react-router";
import { Layout } from "../components/layout.tsx";
import { CommitmentsRoute } from "./routes/commitments.tsx";
import { NotFoundRoute } from "./routes/not-found.tsx";

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <CommitmentsRoute /> },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
]);

export const AppRouter = () => <RouterProvider router={router} />;
