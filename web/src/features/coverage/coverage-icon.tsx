/** A heat-map grid, in the same line style as ui/icons.tsx (decorative). */
import type { IconProps } from '../../ui/icons.tsx';

export function IconCoverage({ size = 18, ...rest }: IconProps) {
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
      <rect x="3.5" y="3.5" width="7" height="7" rx="1.5" />
      <rect x="13.5" y="3.5" width="7" height="7" rx="1.5" fill="currentColor" fillOpacity="0.25" />
      <rect x="3.5" y="13.5" width="7" height="7" rx="1.5" fill="currentColor" fillOpacity="0.25" />
      <rect x="13.5" y="13.5" width="7" height="7" rx="1.5" />
    </svg>
  );
}
