/**
 * GOV.UK notification banner. A success banner is an alert (it reports what just
 * happened); an important one is a labelled region that is not announced on arrival.
 * With `autoFocus`, the banner takes focus when shown, as GOV.UK's own script does for
 * success banners, so the user starts reading from the confirmation.
 */
import { type ReactNode, useEffect, useId, useRef } from "react";

interface Props {
  heading: ReactNode;
  children?: ReactNode;
  success?: boolean;
  autoFocus?: boolean;
}

export function NotificationBanner({
  heading,
  children,
  success = false,
  autoFocus = false,
}: Props) {
  const titleId = useId();
  const ref = useRef<HTMLElement & HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  const body = (
    <>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? "Success" : "Important"}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </>
  );
  const focus = {
    tabIndex: autoFocus ? -1 : undefined,
    "data-autofocus": autoFocus ? "" : undefined,
  };
  return success ? (
    <div
      ref={ref}
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      {...focus}
    >
      {body}
    </div>
  ) : (
    <section ref={ref} className="govuk-notification-banner" aria-labelledby={titleId} {...focus}>
      {body}
    </section>
  );
}
