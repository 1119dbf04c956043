"use client";
// The circle's QR codes, one person at a time so the patient scans theirs without seeing anyone else's,
// and a printable card per person for those who would rather scan later.
import Link from "next/link";
import { useRef, useState, useSyncExternalStore } from "react";
import { QrCode } from "@/components/care/qr-code";

export type CarePerson = {
  id: string;
  label: string;
  relationship: string | null;
  status: string;
  token: string | null;
};

const INSTRUCTIONS = "Scan with your phone camera to tell us about your visit.";

const noSubscription = () => () => {};

/** The address respondents open: this server's own origin, known only in the browser. */
function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
}

const qrLabel = (person: CarePerson) =>
  `QR code for the survey link of the ${person.label.toLocaleLowerCase()}${person.relationship ? ` (${person.relationship})` : ""}`;

export function CircleQrCodes({
  people,
  waveId,
  waveName,
  organisationName,
}: {
  people: CarePerson[];
  waveId: string;
  waveName: string;
  organisationName: string;
}) {
  const origin = useOrigin();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const person = people[Math.min(index, people.length - 1)];
  const linkOf = (p: CarePerson) => (origin && p.token ? `${origin}/r/${p.token}` : null);

  function go(to: number) {
    setIndex(to);
    // The button just pressed is disabled at either end; keep keyboard focus on the page, at the new person.
    if (to === 0 || to === people.length - 1) requestAnimationFrame(() => heading.current?.focus());
  }

  if (!person) {
    return <p className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-lg">This circle has no one in it.</p>;
  }
  const link = linkOf(person);

  return (
    <>
      <PrintStyles />
      <div className="print:hidden">
        <div className="mt-4 flex items-center justify-between gap-3">
          <p className="text-lg font-medium text-slate-700" aria-live="polite">
            Person {index + 1} of {people.length}
            <span className="sr-only">: {person.label}</span>
          </p>
          <button
            type="button"
            onClick={() => window.print()}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-4 text-base font-medium hover:bg-slate-100"
          >
            Print cards
          </button>
        </div>

        <section aria-labelledby="care-person" className="mt-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
          <h2 id="care-person" ref={heading} tabIndex={-1} className="text-3xl font-semibold">
            {person.label}
            {person.relationship && <span className="font-normal text-slate-700"> · {person.relationship}</span>}
          </h2>
          {person.status !== "invited" && <p className="mt-1 text-base text-slate-700">Status: {person.status.replace("_", " ")}</p>}
          {person.token === null ? (
            <p role="status" className="mt-4 rounded-lg bg-amber-50 p-4 text-lg text-amber-950">
              No active link — ask an admin to issue a new one.
            </p>
          ) : link ? (
            <>
              <QrCode value={link} label={qrLabel(person)} className="mx-auto mt-4 w-full max-w-[22rem]" />
              <p className="mt-3 text-center text-lg">{INSTRUCTIONS}</p>
              <CopyLink link={link} who={person.label} />
            </>
          ) : (
            // Before hydration the origin is unknown: keep the code's square so nothing jumps.
            <div className="mx-auto mt-4 aspect-square w-full max-w-[22rem] bg-slate-100" />
          )}
        </section>

        <div className="mt-4 grid grid-cols-2 gap-3">
          <button
            type="button"
            disabled={index === 0}
            onClick={() => go(index - 1)}
            className="min-h-14 rounded-xl border-2 border-brand-700 bg-white px-3 text-xl font-semibold text-brand-700 hover:bg-brand-50 disabled:border-slate-300 disabled:bg-slate-100 disabled:text-slate-500"
          >
            Previous
          </button>
          <button
            type="button"
            disabled={index >= people.length - 1}
            onClick={() => go(index + 1)}
            className="min-h-14 rounded-xl bg-brand-700 px-3 text-xl font-semibold text-white hover:bg-brand-800 disabled:bg-slate-200 disabled:text-slate-600"
          >
            Next person
          </button>
        </div>

        <p className="mt-6 text-center">
          <Link
            href={`/care/waves/${waveId}`}
            className="inline-flex min-h-11 items-center text-lg font-medium text-brand-700 underline underline-offset-4"
          >
            Start another circle
          </Link>
        </p>
      </div>

      {/* Only on paper: every person's card, each kept whole on its page. */}
      <div className="hidden print:block">
        {people.map((p) => {
          const printed = linkOf(p);
          return (
            <article key={p.id} className="care-card mb-6 rounded-lg border-2 border-dashed border-slate-500 p-6 text-center">
              <p className="text-base">
                {organisationName} · {waveName}
              </p>
              <h2 className="mt-2 text-3xl font-semibold">
                {p.label}
                {p.relationship && <span className="font-normal"> · {p.relationship}</span>}
              </h2>
              {printed ? (
                <>
                  <QrCode value={printed} label={qrLabel(p)} className="mx-auto mt-4 w-[6cm]" />
                  <p className="mt-3 text-xl">{INSTRUCTIONS}</p>
                  <p className="mt-2 font-mono text-xs break-all">{printed}</p>
                </>
              ) : (
                <p className="mt-4 text-lg">No active link — ask an admin to issue a new one.</p>
              )}
            </article>
          );
        })}
      </div>
    </>
  );
}

function CopyLink({ link, who }: { link: string; who: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      // No clipboard (a plain-http address, or permission refused): select the text for a manual copy.
      input.current?.select();
      setCopied("no");
    }
    setTimeout(() => setCopied(null), 3000);
  }

  return (
    <div className="mt-4">
      <label htmlFor="care-link" className="block text-sm font-medium text-slate-700">
        Link<span className="sr-only"> for {who}</span>
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="care-link"
          ref={input}
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-2 font-mono text-xs text-slate-800"
        />
        <button
          type="button"
          onClick={copy}
          className="min-h-11 min-w-11 shrink-0 rounded-lg border border-slate-400 bg-white px-4 text-base font-medium hover:bg-slate-100"
        >
          Copy<span className="sr-only"> link for {who}</span>
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-6 text-sm text-slate-700">
        {copied === "yes" ? "Link copied." : copied === "no" ? "Could not copy: the link is selected, copy it from there." : ""}
      </p>
    </div>
  );
}

/** Paper shows the cards alone: no app header, no page padding, a card never split across pages. */
function PrintStyles() {
  return (
    <style href="circles-care-print" precedence="default">{`
@media print {
  @page { margin: 12mm; }
  body { background: #fff; }
  body > header, body > a[href="#main"] { display: none !important; }
  body > main { padding: 0 !important; max-width: none !important; }
  .care-card { break-inside: avoid; page-break-inside: avoid; }
}
`}</style>
  );
}
