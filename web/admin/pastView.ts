// The "as of" control shared by the catalog and a recommendation's page: a date (YYYY-MM-DD) and, when one
// is set, a banner that says plainly that the page shows the past, with a way back to today.
import { dateInput, isIsoDate } from './dates';
import { h, today } from './dom';
import { t } from './i18n';

export interface AsOfControl {
  field: HTMLElement;
  banner: HTMLElement;
}

/** `onChange('')` means today. An impossible or future date is refused in place, with the reason. */
export function asOfControl(id: string, asOf: string, onChange: (asOf: string) => void): AsOfControl {
  const input = dateInput({ id, name: 'asOf', 'data-testid': id, value: asOf, 'aria-describedby': `${id}-hint` });
  const hint = h('small', { id: `${id}-hint`, class: 'hint' }, t('asOfHint'));
  const apply = () => {
    const value = input.value.trim();
    const valid = value === '' || (isIsoDate(value) && value <= today());
    input.setAttribute('aria-invalid', String(!valid));
    hint.textContent = valid ? t('asOfHint') : t('asOfInvalid');
    if (valid) onChange(value === today() ? '' : value);
  };
  input.addEventListener('change', apply);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      apply();
    }
  });
  const field = h('div', { class: 'field field-asof' }, h('label', { for: id }, t('asOfLabel')), input, hint);
  const banner = h(
    'div',
    { class: 'past-banner', id: `${id}-banner`, 'data-testid': 'past-banner', role: 'note', hidden: !asOf },
    h('strong', null, t('pastTitle', { date: asOf })),
    ' ',
    t('pastBody'),
    ' ',
    h(
      'button',
      { type: 'button', class: 'secondary', id: `${id}-today`, onclick: () => onChange('') },
      t('backToToday'),
    ),
  );
  return { field, banner };
}
