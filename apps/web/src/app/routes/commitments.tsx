import { CommitmentList } from "../../features/commitments/commitment-list.tsx";
import { StatementSources } from "../../features/statements/statement-sources.tsx";

export function CommitmentsRoute() {
  return (
    <>
      <header className="page-header">
        <h1>Commitments</h1>
        <p className="lede">
          Security cooperation promised in speeches, joint statements and agreements, each with the
          exact words it was made in.
        </p>
      </header>
      <StatementSources />
      <CommitmentList />
    </>
  );
}
