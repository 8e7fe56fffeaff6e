import { defineBackground } from 'wxt/utils/define-background';
import { registerCheckService } from '../lib/check/service';
import { registerFeedbackHandlers } from '../lib/feedback/handlers';

export default defineBackground(() => {
  registerCheckService();
  registerFeedbackHandlers();
});
