export * from './types';
export { summarizeNote } from './embedded';
export { summarizeWithLlm, previewLlmPayload, LlmError } from './llm';
export type { LlmSummaryOptions, LlmPayload, LlmErrorCode, ChatRequestBody } from './llm';
export { isLoopbackUrl, isEndpointAllowed, endpointOrigin } from './privacy';
export { checkFaithfulness } from './faithfulness';
export { isGrounded } from './grounding';
