// The frame of the pages people see before they are members: setup, invitations, password reset.
import type { ReactNode } from "react";

export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Circles</p>
      <h1 className="mt-2 text-3xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
