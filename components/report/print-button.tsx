"use client";
// Prints the report (or saves it as a PDF) with the print stylesheet of app/globals.css.
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-9 items-center rounded-md border border-slate-400 bg-white px-4 text-sm font-medium hover:bg-slate-100"
    >
      Print
    </button>
  );
}
