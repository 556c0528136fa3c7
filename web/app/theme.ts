// The Mantine theme, readable in sunlight (WCAG 2.2 AA): Mantine's own palettes keep their light
// tints (shades 0–5, for backgrounds and borders) while shades 6–9, the ones text, links, filled
// buttons and badges are drawn in, are the same hues darkened until white text on them, and they
// on their own 10 % tint, reach at least 4.5:1 (shade 6 ≈ 4.7:1 on its tint, 5.5:1 on white).
// "dimmed" text (gray 6) is darkened the same way. Generated once from Mantine's DEFAULT_THEME by
// lowering each shade's HSL lightness until the ratio was met.
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple, type TableScrollContainerProps } from '@mantine/core';

const PALETTES: Record<string, MantineColorsTuple> = {
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#0c7757', '#086b4d', '#065d42', '#05543c'],
  orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#ac4f01', '#9b4104', '#8e3707', '#832c09'],
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#d10606', '#b70e0e', '#a01818', '#8c1d1d'],
  yellow: ['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419', '#8c6303', '#825500', '#784600', '#713a00'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#277836', '#216a2e', '#1c5f29', '#1a5426'],
  blue: ['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#339af0', '#156bb6', '#155fa2', '#135490', '#124a7e'],
  cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#0e7583', '#0b6775', '#085a67', '#08505d'],
  grape: ['#f8f0fc', '#f3d9fa', '#eebefa', '#e599f7', '#da77f2', '#cc5de8', '#a828c8', '#902fa8', '#7f2c94', '#702682'],
  gray: ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd', '#636a72', '#495057', '#343a40', '#212529'],
  violet: ['#f3f0ff', '#e5dbff', '#d0bfff', '#b197fc', '#9775fa', '#845ef7', '#7247f1', '#6236e6', '#552ad4', '#4f32a4'],
  indigo: ['#edf2ff', '#dbe4ff', '#bac8ff', '#91a7ff', '#748ffc', '#5c7cfa', '#3158f4', '#2248e8', '#2444c4', '#2b3f9f'],
  pink: ['#fff0f6', '#ffdeeb', '#fcc2d7', '#faa2c1', '#f783ac', '#f06595', '#c91c59', '#ae2354', '#991d49', '#8a1940'],
  lime: ['#f4fce3', '#e9fac8', '#d8f5a2', '#c0eb75', '#a9e34b', '#94d82d', '#4b7511', '#42680c', '#375b08', '#325007'],
};

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  colors: PALETTES,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  components: {
    // Upper-cased Vietnamese names ("TÂN NAM") read worse than they look: badges keep the case.
    Badge: { styles: { root: { textTransform: 'none' } } },
    // A table wider than the phone scrolls sideways: its scrolling box takes keyboard focus so it
    // can be scrolled without a mouse (WCAG 2.1.1).
    // (What `Table.ScrollContainer.extend()` returns, written out: importing the table here would put
    // it and its scrolling code in the first screen's script.)
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } satisfies Partial<TableScrollContainerProps> },
  },
});

/** Placeholders (the shown value of an empty picker) in gray 6 too, not Mantine's light gray 5. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});
