// A wave's settings as a list, for everyone who may read its configuration.
import { localize, type TLocalizedText } from "@/lib/survey/languages";
import { formatZoned } from "./zoned-time";

type Wave = {
  opensAt: Date | null;
  closesAt: Date | null;
  timezone: string;
  audience: { sites: string[]; units: string[] };
  channels: string[];
  reminderDays: number[];
  allowCompanionInvites: boolean;
  maxCompanionsPerCircle: number;
  anonymityMode: string;
  anonymityThreshold: number;
};

const CHANNELS: Record<string, string> = { link: "link or QR code", email: "email", sms: "text message" };

export function WaveSummary({ wave, perspectives }: { wave: Wave; perspectives: { key: string; label: TLocalizedText }[] }) {
  const rows: [string, string][] = [
    ["Opens", formatZoned(wave.opensAt, wave.timezone)],
    ["Closes", formatZoned(wave.closesAt, wave.timezone)],
    ["Sites", wave.audience.sites.join(", ") || "all"],
    ["Units", wave.audience.units.join(", ") || "all"],
    ["Channels", wave.channels.map((c) => CHANNELS[c] ?? c).join(", ")],
    [
      "Reminders",
      wave.reminderDays.length > 0 ? `${wave.reminderDays.join(", ")} days after the invitation` : "none",
    ],
    [
      "Companions",
      wave.allowCompanionInvites ? `respondents may invite up to ${wave.maxCompanionsPerCircle} per circle` : "not invited by respondents",
    ],
    ["Anonymity", `${wave.anonymityMode}; no group under ${wave.anonymityThreshold} shown`],
    ["Perspectives", perspectives.map((p) => localize(p.label, "en")).join(", ")],
  ];
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
