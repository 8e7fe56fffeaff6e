import { defineBackground } from 'wxt/utils/define-background';
import { registerFeedbackHandlers } from '../lib/feedback/handlers';

export default defineBackground(() => {
  registerFeedbackHandlers();
});
