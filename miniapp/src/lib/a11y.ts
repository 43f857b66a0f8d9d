/**
 * Accessibility attributes for a Taro element, per platform: WeChat reads `aria-role` (Taro's `ariaRole`), the
 * browser reads `role` — Taro turns `ariaRole` into an `aria-role` attribute on H5, which browsers ignore and axe
 * rejects (aria-valid-attr), so on H5 the real attributes are set instead. Spread the result on the element.
 */
export function a11y(
  role: 'button' | 'switch',
  state: { checked?: boolean; label?: string } = {},
): Record<string, string> {
  if (process.env.TARO_ENV === 'weapp') {
    return {
      ariaRole: role,
      ...(state.checked !== undefined ? { ariaChecked: String(state.checked) } : {}),
      ...(state.label ? { ariaLabel: state.label } : {}),
    };
  }
  return {
    role,
    tabIndex: '0',
    ...(state.checked !== undefined ? { 'aria-checked': String(state.checked) } : {}),
    ...(state.label ? { 'aria-label': state.label } : {}),
  };
}
