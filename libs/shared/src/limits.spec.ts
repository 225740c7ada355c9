import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode, isEmail } from './limits';

describe('country codes', () => {
  it('knows real ISO codes and names them as UN documents do', () => {
    expect(isCountryCode('KR')).toBe(true);
    expect(countryName('KR')).toBe('Republic of Korea');
    expect(countryName('RU')).toBe('Russian Federation');
    expect(countryName('MN')).toBe('Mongolia');
  });

  it('refuses codes that name no country', () => {
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('kr')).toBe(false);
    expect(isCountryCode('KOR')).toBe(false);
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses and refuses typing mistakes', () => {
    expect(isEmail('focal.point@cscap-japan.example.org')).toBe(true);
    expect(isEmail('no-at-sign.example.org')).toBe(false);
    expect(isEmail('two@@example.org')).toBe(false);
    expect(isEmail('space in@example.org')).toBe(false);
    expect(isEmail('trailing@example')).toBe(false);
  });
});
