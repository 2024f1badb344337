import { t } from '../../lib/i18n';
import type { PostType } from '../../lib/playbook/signals';

/** A kind of post in the interface language (message keys allow no hyphen, so they become "_"). */
export function postTypeLabel(id: PostType): string {
  return t(`panel_postType_${id.replaceAll('-', '_')}`);
}
