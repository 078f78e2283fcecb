import { listUsers, setUserRole } from "@pledgewatch/db";
import { setRoleInputSchema } from "@pledgewatch/domain";
import { adminProcedure, createTRPCRouter, publicProcedure } from "../trpc.ts";

export const accountRouter = createTRPCRouter({
  /** The signed-in account, or null: lets the web app show what the visitor may do. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
  listUsers: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  setRole: adminProcedure
    .input(setRoleInputSchema)
    .mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user.id, input)),
});
