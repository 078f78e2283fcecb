import { useId, useState, type DragEvent } from "react";

/** A file input that also takes a file dropped on it; the input stays the keyboard's way in. */
export function FileDrop({
  onFile,
  disabled,
}: {
  onFile: (file: File) => void;
  disabled: boolean;
}) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  }

  return (
    <div
      className={dragging ? "file-drop is-dragging" : "file-drop"}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId} className="file-drop-label">
        <span className="file-drop-title">Choose a CSV file</span>
        <span className="file-drop-hint">or drop it here · UTF-8, up to 10 MB or 20,000 rows</span>
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same (corrected) file again still fires a change.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
