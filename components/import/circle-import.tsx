"use client";
// Import circles from a CSV file: check it first (every problem with its row and column), then import
// all of it or nothing.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type ChangeEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { useTRPC } from "@/trpc/client";
import type { AppRouterOutputs } from "@/trpc/types";

type Summary = AppRouterOutputs["circle"]["importPreview"];
const MAX_BYTES = 20 * 1024 * 1024;

export function CircleImport({ waveId }: { waveId: string }) {
  const trpc = useTRPC();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<Summary | null>(null);
  const [done, setDone] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = useMutation(trpc.circle.importPreview.mutationOptions());
  const run = useMutation(trpc.circle.import.mutationOptions());

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    setPreview(null);
    setDone(null);
    setError(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_BYTES) return setError("This file is larger than 20 MB: split it into several files.");
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    try {
      setPreview(await check.mutateAsync({ waveId, csv: text }));
    } catch (err) {
      setError(callError(err).message);
    }
  }

  async function onImport() {
    if (!file) return;
    setError(null);
    try {
      setDone(await run.mutateAsync({ waveId, csv: file.text }));
      setPreview(null);
    } catch (err) {
      setError(callError(err).message);
    }
  }

  return (
    <div className="mt-6 space-y-6">
      <div>
        <label htmlFor="csv" className="block font-medium">
          CSV file
        </label>
        <p id="csv-hint" className="text-sm text-slate-600">
          One row per person; the columns are described in the import format guide. Nothing is written until you import.
        </p>
        <input
          id="csv"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-hint"
          onChange={onFile}
          className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2"
        />
      </div>
      {check.isPending && <p role="status">Checking the file…</p>}
      {error && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-rose-900">
          {error}
        </p>
      )}
      {preview && preview.errors.length > 0 && (
        <section aria-labelledby="problems">
          <h2 id="problems" className="text-lg font-semibold text-rose-900">
            {preview.errors.length} {preview.errors.length === 1 ? "problem" : "problems"} to fix — nothing will be imported
          </h2>
          <div className="mt-2 max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="sticky top-0 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">Row</th>
                  <th scope="col" className="px-3 py-2 font-medium">Column</th>
                  <th scope="col" className="px-3 py-2 font-medium">Problem</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={i} className="border-t border-slate-100">
                    <td className="px-3 py-1.5 tabular-nums">{e.row || "file"}</td>
                    <td className="px-3 py-1.5">{e.column ?? "—"}</td>
                    <td className="px-3 py-1.5">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {preview && preview.errors.length === 0 && (
        <section aria-labelledby="ready" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <h2 id="ready" className="font-semibold text-emerald-900">
            {file?.name} is ready: {preview.rows} rows
          </h2>
          <p className="mt-1 text-emerald-900">
            {preview.newCircles} new {preview.newCircles === 1 ? "circle" : "circles"}, {preview.updatedCircles} already in this
            wave (updated, never duplicated).
          </p>
          <button
            type="button"
            onClick={onImport}
            disabled={run.isPending}
            className="mt-3 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {run.isPending ? "Importing…" : `Import ${preview.circles} circles`}
          </button>
        </section>
      )}
      {done && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
          Imported: {done.newCircles} new circles and {done.newRespondents} new people; {done.updatedCircles} circles updated.{" "}
          <Link href={`/waves/${waveId}`} className="font-medium underline">
            Back to the wave
          </Link>
        </p>
      )}
    </div>
  );
}
