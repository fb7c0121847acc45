/** The nav icon for Import & export: a tray with arrows in and out (same drawing rules as ui/icons.tsx). */
import type { IconProps } from '../../ui/icons.tsx';

export function IconImportExport({ size = 18, ...rest }: IconProps) {
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
      <path d="M4 14v5a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-5" />
      <path d="M9 3v10M6 10l3 3 3-3M15 13V3M12 6l3-3 3 3" />
    </svg>
  );
}
