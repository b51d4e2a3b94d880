/**
 * Wraps a table that may be wider than the screen. It scrolls sideways on its own, and
 * it is focusable so keyboard users can scroll it even when it holds no links (WCAG
 * 2.1.1); its label tells screen reader users what the region holds.
 */
import type { ReactNode } from "react";

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="app-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
