import {
  Alert,
  Badge,
  createTheme,
  FileInput,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * A deep, calm blue in the family of UN system publications. Shade 7 (the primary shade) carries
 * white text at a contrast above 7:1, so filled buttons stay legible for everyone.
 */
const plenaryBlue: MantineColorsTuple = [
  '#e7f0f9',
  '#cfe0f2',
  '#9fc1e5',
  '#6ca0d8',
  '#4385cd',
  '#2a74c6',
  '#1764b0',
  '#0b5394',
  '#07487f',
  '#003c6c',
];

/**
 * Latin first, then the CJK and Mongolian faces each platform ships, so names written in Hangul, Han,
 * Kana, Cyrillic or Mongolian script render in a proper face instead of a fallback box or a
 * mismatched glyph.
 */
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Helvetica Neue"',
  'Arial',
  '"Apple SD Gothic Neo"',
  '"Malgun Gothic"',
  '"Noto Sans KR"',
  '"Noto Sans CJK KR"',
  '"PingFang SC"',
  '"Hiragino Sans"',
  '"Microsoft YaHei"',
  '"Yu Gothic"',
  '"Noto Sans SC"',
  '"Noto Sans JP"',
  '"Noto Sans CJK SC"',
  '"Mongolian Baiti"',
  '"Noto Sans Mongolian"',
  'sans-serif',
  '"Apple Color Emoji"',
  '"Segoe UI Emoji"',
].join(', ');

export const theme = createTheme({
  colors: { plenary: plenaryBlue },
  primaryColor: 'plenary',
  primaryShade: { light: 7, dark: 4 },
  fontFamily,
  headings: { fontFamily, fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // Sentence case, and never cut short by a narrow table column.
    // A light alert's title in its own colour (green, yellow) is too pale to read; the tint says the rest.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    Badge: Badge.extend({ defaultProps: { tt: 'none' }, styles: { root: { minWidth: 'max-content' } } }),
    // A file input's "Choose a file" is text on a button, not a placeholder: it needs body-text contrast.
    FileInput: FileInput.extend({ styles: { placeholder: { color: 'var(--mantine-color-gray-7)' } } }),
    Modal: Modal.extend({
      defaultProps: {
        closeButtonProps: { 'aria-label': 'Close' },
        // The dialog's header is not the page's banner landmark.
        attributes: { header: { role: 'none' } },
      },
    }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss this message' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    }),
  },
});

/**
 * Mantine's default "dimmed" grey (gray.6) and error red (red.6) fall short of the 4.5:1 contrast
 * WCAG AA asks of body text; on light backgrounds secondary text uses gray.7 and error messages red.9.
 * Text on a light tint (badges, light buttons) is likewise shade 6 by default, too pale on its tint
 * for green, orange or grey: every colour's light variant writes in its darkest shade, darkened further.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).map((color) => [
        `--mantine-color-${color}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${color}-9), black 35%)`,
      ]),
    ),
  },
  dark: {},
});
