/**
 * The language a name's script implies, so the browser picks Korean or Japanese glyph forms for it.
 * Han characters alone could be Chinese, Japanese or Korean, so they get no tag rather than a wrong one.
 */
export function scriptLang(text: string): string | undefined {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Mongolian}/u.test(text)) return 'mn';
  return undefined;
}

export interface ScriptTextProps {
  children: string;
}

/** A name or title in any script, tagged with its language when the script makes that certain. */
export function ScriptText({ children }: ScriptTextProps) {
  return <span lang={scriptLang(children)}>{children}</span>;
}
