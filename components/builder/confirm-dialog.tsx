"use client";
// A modal question before an edit that removes work or cannot be undone: `await confirm({...})` → true/false.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { buttonClass, dangerButtonClass, primaryButtonClass } from "./fields";

type Question = { title: string; body?: ReactNode; confirmLabel: string; danger?: boolean };
type Pending = Question & { resolve: (ok: boolean) => void };

export function useConfirm(): [(q: Question) => Promise<boolean>, ReactNode] {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (q: Question) =>
      new Promise<boolean>((resolve) => {
        setPending({ ...q, resolve });
      }),
    [],
  );
  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return [confirm, pending ? <ConfirmDialog question={pending} onClose={close} /> : null];
}

function ConfirmDialog({ question, onClose }: { question: Question; onClose: (ok: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Focus returns to what opened the dialog when it closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {question.title}
      </h2>
      {question.body && <div className="mt-2 text-sm text-slate-700">{question.body}</div>}
      <div className="mt-5 flex justify-end gap-3">
        <button type="button" className={buttonClass} onClick={() => onClose(false)} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className={question.danger ? dangerButtonClass : primaryButtonClass}
          onClick={() => onClose(true)}
        >
          {question.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
