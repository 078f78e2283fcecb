import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";

/** Admins only: soft-deletes after a confirmation (an admin can restore it). */
export function DeleteCommitment({ id, title }: { id: string; title: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation(trpc.commitment.delete.mutationOptions());
  const confirmAndDelete = async () => {
    if (!window.confirm(`Delete “${title}”? It disappears from lists; an admin can restore it.`)) {
      return;
    }
    await remove.mutateAsync({ id });
    await queryClient.invalidateQueries();
    void navigate("/commitments");
  };
  return (
    <div className="danger-zone">
      <button type="button" className="button-danger" onClick={() => void confirmAndDelete()}>
        Delete commitment
      </button>
      {remove.error && (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      )}
    </div>
  );
}
