/** True in the demo build (`TACT_DEMO=1`), which may run on the loopback demo helpdesk. */
declare const __TACT_DEMO__: boolean;
