import { defineBackground } from 'wxt/utils/define-background';
import { registerCheckService } from '../lib/check/service';

export default defineBackground(() => {
  registerCheckService();
});
