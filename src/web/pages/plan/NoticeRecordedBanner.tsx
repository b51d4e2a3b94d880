/**
 * Says the notice was recorded and how many reporting-calendar items it set, with the way
 * to the calendar for those who may read it.
 */
import { Link } from "@tanstack/react-router";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { useSignedIn } from "../../session.ts";

export function NoticeRecordedBanner({ reportingItems }: { reportingItems: number }) {
  const session = useSignedIn();
  const items = `${reportingItems} ${reportingItems === 1 ? "item" : "items"}`;
  return (
    <NotificationBanner success autoFocus heading="Improvement Notice recorded">
      <p className="govuk-body">
        It set {items} in the reporting calendar: the reports, meetings and reviews it requires,
        each with its due date.
        {session.can("board.read") ? (
          <>
            {" "}
            <Link to="/board/calendar" className="govuk-notification-banner__link">
              See the reporting calendar
            </Link>
            .
          </>
        ) : null}
      </p>
    </NotificationBanner>
  );
}
