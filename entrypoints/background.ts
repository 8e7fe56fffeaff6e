import { defineBackground } from 'wxt/utils/define-background';
import { registerCheckService } from '../lib/check/service';
import { registerFeedbackHandlers } from '../lib/feedback/handlers';
import { registerFeedbackLogEntry } from '../lib/feedback-log/background';

export default defineBackground(() => {
  registerCheckService();
  registerFeedbackHandlers();
  void registerFeedbackLogEntry();
});
