import {
  commitmentHistory,
  createCommitment,
  deleteCommitment,
  getCommitment,
  listCommitments,
  restoreCommitment,
  setCommitmentStatus,
  updateCommitment,
} from "@pledgewatch/db";
import {
  commitmentCreateSchema,
  commitmentListInputSchema,
  commitmentUpdateSchema,
  recordRefSchema,
  setStatusInputSchema,
} from "@pledgewatch/domain";
import {
  adminProcedure,
  analystProcedure,
  cachedRead,
  createTRPCRouter,
  publicProcedure,
} from "../trpc.ts";

export const commitmentRouter = createTRPCRouter({
  list: publicProcedure.input(commitmentListInputSchema).query(cachedRead(listCommitments)),
  get: publicProcedure
    .input(recordRefSchema)
    .query(({ ctx, input }) => getCommitment(ctx.db, input.id)),
  history: publicProcedure
    .input(recordRefSchema)
    .query(({ ctx, input }) => commitmentHistory(ctx.db, input.id)),
  create: analystProcedure
    .input(commitmentCreateSchema)
    .mutation(({ ctx, input }) => createCommitment(ctx.db, input, ctx.user.id)),
  update: analystProcedure
    .input(commitmentUpdateSchema)
    .mutation(({ ctx, input }) => updateCommitment(ctx.db, input, ctx.user.id)),
  setStatus: analystProcedure
    .input(setStatusInputSchema)
    .mutation(({ ctx, input }) => setCommitmentStatus(ctx.db, input, ctx.user.id)),
  delete: adminProcedure
    .input(recordRefSchema)
    .mutation(({ ctx, input }) => deleteCommitment(ctx.db, input.id, ctx.user.id)),
  restore: adminProcedure
    .input(recordRefSchema)
    .mutation(({ ctx, input }) => restoreCommitment(ctx.db, input.id, ctx.user.id)),
});
