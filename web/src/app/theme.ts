import { createTheme } from '@mantine/core';

/** One look for the whole product: system fonts (Rapport runs offline), indigo accents, medium radii. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 6,
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
    fontWeight: '650',
  },
  components: {
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    Modal: {
      defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.45, blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Tooltip: { defaultProps: { openDelay: 250 } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    // Title-case badges that never truncate: tier, stage, persona and sentiment names must stay readable.
    Badge: {
      styles: {
        root: { textTransform: 'none', fontWeight: 600, overflow: 'visible', flexShrink: 0 },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    },
    Drawer: { styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});
