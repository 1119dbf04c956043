// Tailwind classes shared by staff screens that are not forms (forms take theirs from components/admin/fields).

/** A link or button drawn as an outlined button, as in the wave and report toolbars. */
export const outlineButtonClass =
  "inline-flex min-h-9 items-center rounded-md border border-slate-400 bg-white px-4 text-sm font-medium hover:bg-slate-100";
