/** The helpdesk id of sample items ("Load sample data"): how they are told apart and removed. */
export const SAMPLE_HELPDESK = 'sample';
