/**
 * GOV.UK contents list for a long page: links to its sections' headings, so keyboard and
 * screen reader users can jump past the long table behind the chart. Plain fragment
 * links: the browser scrolls to the heading and starts the next Tab from there.
 */
export interface ContentsItem {
  id: string;
  label: string;
}

export function PageContents({ items }: { items: ContentsItem[] }) {
  return (
    <nav className="govuk-!-margin-bottom-6" aria-labelledby="contents-heading">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="contents-heading">
        On this page
      </h2>
      <ul className="govuk-list app-inline-list">
        {items.map((item) => (
          <li key={item.id}>
            <a className="govuk-link" href={`#${item.id}`}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
