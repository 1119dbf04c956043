"use client";
// The organisation's logo: a PNG, JPEG or WebP of at most 512 KB (the server checks the file's content,
// not its name), or none.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { Card } from "@/components/ui/card";
import { MAX_LOGO_BYTES } from "@/lib/organisation/settings";
import { useTRPC } from "@/trpc/client";
import { Alert, secondaryButtonClass } from "./fields";

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function LogoUpload({ initial }: { initial: { url: string; contentType: string | null } | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [logo, setLogo] = useState(initial);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const upload = useMutation(trpc.organisation.setLogo.mutationOptions());
  const remove = useMutation(trpc.organisation.removeLogo.mutationOptions());

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setResult(null);
    if (file.size > MAX_LOGO_BYTES) {
      setResult({ tone: "error", text: `${file.name} is ${Math.ceil(file.size / 1024)} KB; the logo can be at most 512 KB.` });
      return;
    }
    try {
      const saved = await upload.mutateAsync({ dataBase64: toBase64(await file.arrayBuffer()) });
      setLogo(saved);
      setResult({ tone: "success", text: "Logo saved." });
      router.refresh();
    } catch (err) {
      setResult({ tone: "error", text: callError(err).message });
    }
  }

  async function onRemove() {
    setResult(null);
    try {
      await remove.mutateAsync();
      setLogo(null);
      setResult({ tone: "success", text: "Logo removed." });
      router.refresh();
    } catch (err) {
      setResult({ tone: "error", text: callError(err).message });
    }
  }

  const busy = upload.isPending || remove.isPending;
  return (
    <Card>
      <h2 className="text-lg font-semibold">Logo</h2>
      {logo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logo.url} alt="The organisation's logo" className="mt-3 max-h-24 max-w-full rounded border border-slate-200 object-contain p-2" />
      ) : (
        <p className="mt-1 text-sm text-slate-600">No logo: the name is shown instead.</p>
      )}
      <div className="mt-3">
        <label htmlFor="logo-file" className="block text-sm font-medium">
          {logo ? "Replace the logo" : "Upload a logo"}
        </label>
        <p id="logo-file-hint" className="mt-0.5 text-sm text-slate-600">
          PNG, JPEG or WebP, at most 512 KB.
        </p>
        <input
          id="logo-file"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="logo-file-hint"
          disabled={busy}
          onChange={(e) => void onFile(e)}
          className="mt-1 block w-full text-sm"
        />
      </div>
      {logo && (
        <button type="button" onClick={() => void onRemove()} disabled={busy} className={`${secondaryButtonClass} mt-3`}>
          Remove the logo
        </button>
      )}
      {result && (
        <div className="mt-3">
          <Alert tone={result.tone}>{result.text}</Alert>
        </div>
      )}
    </Card>
  );
}
