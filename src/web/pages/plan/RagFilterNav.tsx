/**
 * How many actions have each rating, each count a link that shows only those actions.
 * Links rather than a form: one press filters, and the address says what is shown.
 */
import { Link } from "@tanstack/react-router";
import { ACTION_RAG, RAG_FILTERS, type RagFilter } from "./labels.ts";

interface Props {
  counts: Record<string, number>;
  total: number;
  current: RagFilter | undefined;
}

export function RagFilterNav({ counts, total, current }: Props) {
  const items: { rag: RagFilter | undefined; label: string; count: number }[] = [
    { rag: undefined, label: "All actions", count: total },
    ...RAG_FILTERS.map((rag) => ({
      rag,
      label: ACTION_RAG[rag]?.label ?? rag,
      count: counts[rag] ?? 0,
    })),
  ];
  return (
    <nav className="app-subnav" aria-label="Show actions by rating">
      <ul className="app-subnav__list">
        {items.map((item) => {
          const selected = item.rag === current;
          return (
            <li
              key={item.label}
              className={`app-subnav__item ${selected ? "app-subnav__item--current" : ""}`.trim()}
            >
              <Link
                to="/plan"
                search={item.rag ? { rag: item.rag } : {}}
                className="govuk-link govuk-link--no-visited-state app-subnav__link"
                aria-current={selected ? "page" : undefined}
              >
                {selected ? <strong>{item.label}</strong> : item.label}{" "}
                <span className="app-count">({item.count})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
