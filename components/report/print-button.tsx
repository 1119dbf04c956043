"use client";
// Prints the report (or saves it as a PDF) with the print stylesheet of app/globals.css.
import { outlineButtonClass } from "@/components/ui/classes";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={outlineButtonClass}
    >
      Print
    </button>
  );
}
