import { CommitmentFilterBar } from "../../features/commitments/commitment-filter-bar.tsx";
import { CommitmentTable } from "../../features/commitments/commitment-table.tsx";
import { useCommitmentFilter } from "../../lib/commitment-filter-url.ts";
import { PageActions } from "../dashboard.tsx";

export function Component() {
  const [view, setView] = useCommitmentFilter();
  return (
    <>
      <header className="page-header">
        <h1>Commitments</h1>
        <p className="lede">
          Every logged commitment, with its status and the evidence behind it. Filters and sorting
          are part of the address: copy it to share this exact list.
        </p>
        <PageActions view={view} />
      </header>
      <CommitmentFilterBar view={view} onChange={setView} withText />
      <CommitmentTable view={view} onChange={setView} />
    </>
  );
}
