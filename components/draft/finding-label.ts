import { t } from '../../lib/i18n';

/** The short name of a finding ("Parliamentary jargon"), from the `finding_<id>` messages. */
export function findingLabel(id: string): string {
  return t(`finding_${id.replaceAll('-', '_')}`);
}
