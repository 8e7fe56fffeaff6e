/**
 * Logging product feedback from the conversation: select what the customer said (or point at their
 * message), Log, pick a tag. See ./controller for the flow and ./README.md for the whole feature.
 */
import { defineFeature } from '../host/feature';
import { activeController, setActiveController } from './bridge';
import { FeedbackLogController } from './controller';

export const feedbackLogFeature = defineFeature({
  id: 'feedback-log',
  init(ctx, signal) {
    const controller = new FeedbackLogController({ ctx, signal });
    setActiveController(controller);
    signal.addEventListener(
      'abort',
      () => {
        if (activeController() === controller) setActiveController(null);
      },
      { once: true },
    );
    ctx.report('feedback-log', { state: 'on' });
  },
});
