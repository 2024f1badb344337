import type { PlanChecklistItem } from '../../components/campaigns/CampaignForm';
import { PLAN_ITEMS, PLAN_ITEM_TOPICS } from '../../components/playbook/PlanChecklist';
import type { Playbook } from '../../lib/playbook';

/**
 * The campaign form's reminder list: for each item of the playbook's plan checklist (objective,
 * audience, key message, channels, resources, calendar, targets), the first plan-stage tip on it.
 */
export function planChecklist(playbook: Pick<Playbook, 'tips'>): PlanChecklistItem[] {
  return PLAN_ITEMS.flatMap((item) => {
    const tip = playbook.tips.find((x) => x.stage === 'plan' && x.topic === PLAN_ITEM_TOPICS[item]);
    return tip ? [{ id: tip.id, title: tip.title, body: tip.body }] : [];
  });
}
