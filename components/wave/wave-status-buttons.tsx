"use client";
// Opening and closing a wave, each after saying what it fixes or ends.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useConfirm } from "@/components/builder/confirm-dialog";
import { buttonClass, primaryButtonClass } from "@/components/builder/fields";
import { callError } from "@/components/builder/trpc-error";
import { useTRPC } from "@/trpc/client";

export function WaveStatusButtons({ waveId, status }: { waveId: string; status: "draft" | "open" | "closed" }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirm, dialog] = useConfirm();
  const [message, setMessage] = useState<string | null>(null);
  const onError = (err: unknown) => setMessage(callError(err).message);
  const onSuccess = () => router.refresh();
  const open = useMutation(trpc.wave.open.mutationOptions({ onSuccess, onError }));
  const close = useMutation(trpc.wave.close.mutationOptions({ onSuccess, onError }));
  const busy = open.isPending || close.isPending;

  const openWave = async () => {
    setMessage(null);
    const ok = await confirm({
      title: "Open this wave?",
      body: (
        <p>
          Links start working and circles can answer. From then on its anonymity (mode and smallest group shown), its
          companion settings and its opening date are fixed and cannot change.
        </p>
      ),
      confirmLabel: "Open wave",
    });
    if (ok) open.mutate({ waveId });
  };
  const closeWave = async () => {
    setMessage(null);
    const ok = await confirm({
      title: "Close this wave?",
      body: <p>Links stop working and no more answers are accepted. A closed wave cannot be opened again.</p>,
      confirmLabel: "Close wave",
      danger: true,
    });
    if (ok) close.mutate({ waveId });
  };

  return (
    <>
      {status === "draft" && (
        <button type="button" className={primaryButtonClass} disabled={busy} onClick={() => void openWave()}>
          {open.isPending ? "Opening…" : "Open wave"}
        </button>
      )}
      {status === "open" && (
        <button type="button" className={`${buttonClass} min-h-9 px-4`} disabled={busy} onClick={() => void closeWave()}>
          {close.isPending ? "Closing…" : "Close wave"}
        </button>
      )}
      {message && (
        <p role="alert" className="basis-full text-sm text-rose-800">
          {message}
        </p>
      )}
      {dialog}
    </>
  );
}
