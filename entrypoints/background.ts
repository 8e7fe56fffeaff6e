import { defineBackground } from 'wxt/utils/define-background';
import { registerCheckService } from '../lib/check/service';
import { registerFeedbackHandlers } from '../lib/feedback/handlers';
import { watchPolicyTags } from '../lib/feedback/policy-tags';
import { registerFeedbackLogEntry } from '../lib/feedback-log/background';
import { keepPolicyFresh } from '../lib/settings/policy-cache';
import { registerSiteSync } from '../lib/sites/background';

export default defineBackground(() => {
  // Before anything reads settings: the background keeps the checked policy cache fresh for every tab.
  keepPolicyFresh();
  registerCheckService();
  const feedback = registerFeedbackHandlers();
  void watchPolicyTags(feedback.service.tags);
  void registerFeedbackLogEntry();
  void registerSiteSync();
});
