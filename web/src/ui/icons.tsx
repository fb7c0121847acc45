/** A small set of line icons drawn for Rapport (24×24, stroke = currentColor). Always decorative: the text beside them names the action. */
import type { ReactNode, SVGProps } from 'react';

export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

function Svg({ size = 18, children, ...rest }: IconProps & { children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

export const IconHome = (props: IconProps) => (
  <Svg {...props}>
    <path d="M4 11l8-7 8 7M6 9.5V20h4.5v-6h3v6H18V9.5" />
  </Svg>
);
export const IconBuilding = (props: IconProps) => (
  <Svg {...props}>
    <path d="M4 20h16M6 20V5a1 1 0 0 1 1-1h7a1 1 0 0 1 1 1v15M15 9h3a1 1 0 0 1 1 1v10" />
    <path d="M9 8h2M9 12h2M9 16h2" />
  </Svg>
);
export const IconUsers = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="9" cy="8" r="3.2" />
    <path d="M3.5 19c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5" />
    <path d="M15.5 5.2a3 3 0 0 1 0 5.6M17 14.3c1.9.6 3.1 2.2 3.5 4.7" />
  </Svg>
);
export const IconShield = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6z" />
  </Svg>
);
export const IconLogout = (props: IconProps) => (
  <Svg {...props}>
    <path d="M14 4H6a1 1 0 0 0-1 1v14a1 1 0 0 0 1 1h8" />
    <path d="M10 12h10M17 8.5l3.5 3.5-3.5 3.5" />
  </Svg>
);
export const IconSearch = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="11" cy="11" r="6" />
    <path d="M20 20l-4.5-4.5" />
  </Svg>
);
export const IconPlus = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 5v14M5 12h14" />
  </Svg>
);
export const IconPencil = (props: IconProps) => (
  <Svg {...props}>
    <path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4" />
  </Svg>
);
export const IconHistory = (props: IconProps) => (
  <Svg {...props}>
    <path d="M3.5 12a8.5 8.5 0 1 0 2.5-6" />
    <path d="M3.5 4v4h4M12 8v4.5l3 2" />
  </Svg>
);
export const IconDoorExit = (props: IconProps) => (
  <Svg {...props}>
    <path d="M13 4H6v16h7M13 4l5 1.5v13L13 20z" />
    <path d="M15.5 12h.01" />
  </Svg>
);
export const IconDots = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="5.5" cy="12" r="1.2" />
    <circle cx="12" cy="12" r="1.2" />
    <circle cx="18.5" cy="12" r="1.2" />
  </Svg>
);
export const IconPhone = (props: IconProps) => (
  <Svg {...props}>
    <path d="M5 4h3.5l1.5 4-2.2 1.4a11 11 0 0 0 5 5L14.2 12l4 1.5V17a2 2 0 0 1-2.2 2A15 15 0 0 1 4 6.2 2 2 0 0 1 5 4z" />
  </Svg>
);
export const IconMeeting = (props: IconProps) => (
  <Svg {...props}>
    <rect x="3" y="5" width="18" height="11" rx="1.5" />
    <path d="M8 20h8M12 16v4" />
  </Svg>
);
export const IconMail = (props: IconProps) => (
  <Svg {...props}>
    <rect x="3" y="5" width="18" height="14" rx="1.5" />
    <path d="M3.5 6l8.5 7 8.5-7" />
  </Svg>
);
export const IconPresentation = (props: IconProps) => (
  <Svg {...props}>
    <path d="M3 4h18M5 4v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V4M12 15v3M9 21l3-3 3 3" />
    <path d="M9 11l2-2 2 1.5 3-3.5" />
  </Svg>
);
export const IconMapPin = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z" />
    <circle cx="12" cy="10" r="2.3" />
  </Svg>
);
export const IconCalendar = (props: IconProps) => (
  <Svg {...props}>
    <rect x="4" y="5" width="16" height="15" rx="1.5" />
    <path d="M4 10h16M8.5 3v4M15.5 3v4" />
  </Svg>
);
export const IconNote = (props: IconProps) => (
  <Svg {...props}>
    <path d="M6 3h9l4 4v13a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" />
    <path d="M14.5 3v4.5H19M8.5 12h7M8.5 16h5" />
  </Svg>
);
export const IconTrash = (props: IconProps) => (
  <Svg {...props}>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </Svg>
);
export const IconCopy = (props: IconProps) => (
  <Svg {...props}>
    <rect x="8" y="8" width="12" height="12" rx="1.5" />
    <path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />
  </Svg>
);
export const IconCheck = (props: IconProps) => (
  <Svg {...props}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </Svg>
);
export const IconAlert = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 4l9 16H3z" />
    <path d="M12 10v4.5M12 17.5h.01" />
  </Svg>
);
export const IconInfo = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5.5M12 7.8h.01" />
  </Svg>
);
export const IconChevronDown = (props: IconProps) => (
  <Svg {...props}>
    <path d="M6 9.5l6 6 6-6" />
  </Svg>
);
export const IconChevronUp = (props: IconProps) => (
  <Svg {...props}>
    <path d="M6 14.5l6-6 6 6" />
  </Svg>
);
export const IconSelector = (props: IconProps) => (
  <Svg {...props}>
    <path d="M8 9.5l4-4 4 4M8 14.5l4 4 4-4" />
  </Svg>
);
export const IconArrowLeft = (props: IconProps) => (
  <Svg {...props}>
    <path d="M19 12H5M11 6l-6 6 6 6" />
  </Svg>
);
export const IconArrowRight = (props: IconProps) => (
  <Svg {...props}>
    <path d="M5 12h14M13 6l6 6-6 6" />
  </Svg>
);
export const IconSparkles = (props: IconProps) => (
  <Svg {...props}>
    <path d="M10 4l1.6 4.4L16 10l-4.4 1.6L10 16l-1.6-4.4L4 10l4.4-1.6zM17.5 14.5l.8 2.2 2.2.8-2.2.8-.8 2.2-.8-2.2-2.2-.8 2.2-.8z" />
  </Svg>
);
export const IconKey = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="8" cy="15" r="4" />
    <path d="M11 12l8-8M16 7l2.5 2.5M14 9l1.5 1.5" />
  </Svg>
);
export const IconFilterOff = (props: IconProps) => (
  <Svg {...props}>
    <path d="M4 5h16l-6 7.5V19l-4 1.5v-8zM3 3l18 18" />
  </Svg>
);
export const IconTimeline = (props: IconProps) => (
  <Svg {...props}>
    <path d="M6 4v16" />
    <circle cx="6" cy="7" r="1.6" />
    <circle cx="6" cy="17" r="1.6" />
    <path d="M10 7h10M10 17h7M10 12h8" />
  </Svg>
);

export function IconCoverage(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="3.5" y="3.5" width="7" height="7" rx="1.5" />
      <rect x="13.5" y="3.5" width="7" height="7" rx="1.5" fill="currentColor" fillOpacity="0.25" />
      <rect x="3.5" y="13.5" width="7" height="7" rx="1.5" fill="currentColor" fillOpacity="0.25" />
      <rect x="13.5" y="13.5" width="7" height="7" rx="1.5" />
    </Svg>
  );
}

export function IconImportExport(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 14v5a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-5" />
      <path d="M9 3v10M6 10l3 3 3-3M15 13V3M12 6l3-3 3 3" />
    </Svg>
  );
}

/** A clipboard with a tick: assessments (questionnaires, programs, results). */
export const IconAssessment = (props: IconProps) => (
  <Svg {...props}>
    <path d="M9 4H7a1 1 0 0 0-1 1v15a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V5a1 1 0 0 0-1-1h-2" />
    <rect x="9" y="3" width="6" height="3" rx="1" />
    <path d="M9 13l2 2 4-4.5" />
  </Svg>
);
export const IconSend = (props: IconProps) => (
  <Svg {...props}>
    <path d="M20.5 3.5L10 14M20.5 3.5L14 20.5l-4-6.5-6.5-4z" />
  </Svg>
);
export const IconExternal = (props: IconProps) => (
  <Svg {...props}>
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
  </Svg>
);
