/** AI and machine-learning platforms: OpenAI, Anthropic, Google AI, Hugging Face, Cohere, Mistral … */
import type { Detector } from '../../types';
import { ALNUM, HEX, LETTERS, UPPER_ALNUM, URL_SAFE, keyedToken, prefixedToken, type KeyedShape, type PrefixedShape } from './shapes';

export const aiPrefixed: readonly PrefixedShape[] = [
  // "T3BlbkFJ" is base64 of "OpenAI": every OpenAI key format carries it in the middle.
  { id: 'openai-api-key', type: 'SECRET_OPENAI_API_KEY', description: 'OpenAI API key', prefixes: ['sk-'], keywords: ['t3blbkfj'], body: [[`${URL_SAFE}`, 20, 160], 'T3BlbkFJ', [URL_SAFE, 20, 160]], confidence: 0.97 },
  { id: 'openai-project-key', type: 'SECRET_OPENAI_API_KEY', description: 'OpenAI project/service-account/admin key', prefixes: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], body: [[URL_SAFE, 80, 200]], confidence: 0.95 },
  { id: 'anthropic-api-key', type: 'SECRET_ANTHROPIC_API_KEY', description: 'Anthropic API key', prefixes: ['sk-ant-api03-'], body: [[URL_SAFE, 93], 'AA'] },
  { id: 'anthropic-admin-key', type: 'SECRET_ANTHROPIC_API_KEY', description: 'Anthropic admin key', prefixes: ['sk-ant-admin01-'], body: [[URL_SAFE, 93], 'AA'] },
  { id: 'anthropic-oauth-token', type: 'SECRET_ANTHROPIC_API_KEY', description: 'Anthropic OAuth token', prefixes: ['sk-ant-oat01-', 'sk-ant-ort01-'], body: [[URL_SAFE, 93], 'AA'] },
  { id: 'huggingface-token', type: 'SECRET_HUGGINGFACE_TOKEN', description: 'Hugging Face access token', prefixes: ['hf_'], body: [[LETTERS, 34]] },
  { id: 'huggingface-org-token', type: 'SECRET_HUGGINGFACE_TOKEN', description: 'Hugging Face organisation API token', prefixes: ['api_org_'], body: [[LETTERS, 34]] },
  { id: 'groq-api-key', type: 'SECRET_GROQ_API_KEY', description: 'Groq API key', prefixes: ['gsk_'], body: [[ALNUM, 52]] },
  { id: 'replicate-api-token', type: 'SECRET_REPLICATE_TOKEN', description: 'Replicate API token', prefixes: ['r8_'], body: [[ALNUM, 37]] },
  { id: 'perplexity-api-key', type: 'SECRET_PERPLEXITY_API_KEY', description: 'Perplexity API key', prefixes: ['pplx-'], body: [[ALNUM, 48]] },
  { id: 'xai-api-key', type: 'SECRET_XAI_API_KEY', description: 'xAI (Grok) API key', prefixes: ['xai-'], body: [[ALNUM, 80]] },
  { id: 'openrouter-api-key', type: 'SECRET_OPENROUTER_API_KEY', description: 'OpenRouter API key', prefixes: ['sk-or-v1-'], body: [[HEX, 64]] },
  { id: 'langsmith-api-key', type: 'SECRET_LANGSMITH_API_KEY', description: 'LangSmith API key', prefixes: ['lsv2_pt_', 'lsv2_sk_'], body: [[HEX, 32], '_', [HEX, 10]] },
  { id: 'pinecone-api-key', type: 'SECRET_PINECONE_API_KEY', description: 'Pinecone API key', prefixes: ['pcsk_'], body: [[`${ALNUM}_`, 50, 90]] },
  { id: 'fireworks-api-key', type: 'SECRET_FIREWORKS_API_KEY', description: 'Fireworks AI API key', prefixes: ['fw_'], body: [[ALNUM, 24]], confidence: 0.85 },
  { id: 'nvidia-api-key', type: 'SECRET_NVIDIA_API_KEY', description: 'NVIDIA NGC / API catalog key', prefixes: ['nvapi-'], body: [[URL_SAFE, 64]] },
  { id: 'langfuse-secret-key', type: 'SECRET_LANGFUSE_KEY', description: 'Langfuse secret key', prefixes: ['sk-lf-'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
];

export const aiKeyed: readonly KeyedShape[] = [
  { id: 'cohere-api-key', type: 'SECRET_COHERE_API_KEY', description: 'Cohere API key', names: ['cohere', 'co_api_key'], body: [[ALNUM, 40]] },
  { id: 'mistral-api-key', type: 'SECRET_MISTRAL_API_KEY', description: 'Mistral AI API key', names: ['mistral'], body: [[ALNUM, 32]] },
  { id: 'deepseek-api-key', type: 'SECRET_DEEPSEEK_API_KEY', description: 'DeepSeek API key', names: ['deepseek'], body: ['sk-', [HEX, 32]] },
  { id: 'together-api-key', type: 'SECRET_TOGETHER_API_KEY', description: 'Together AI API key', names: ['together_api_key', 'together_key', 'togetherai'], body: [[`${ALNUM}_-`, 40, 70]] },
  { id: 'wandb-api-key', type: 'SECRET_WANDB_API_KEY', description: 'Weights & Biases API key', names: ['wandb'], body: [[HEX, 40]] },
  { id: 'elevenlabs-api-key', type: 'SECRET_ELEVENLABS_API_KEY', description: 'ElevenLabs API key', names: ['elevenlabs', 'xi-api-key', 'xi_api_key'], body: [['sk_', 0, 1], [HEX, 32, 48]] },
  { id: 'assemblyai-api-key', type: 'SECRET_ASSEMBLYAI_API_KEY', description: 'AssemblyAI API key', names: ['assemblyai', 'assembly_ai'], body: [[HEX, 32]] },
  { id: 'azure-openai-api-key', type: 'SECRET_AZURE_OPENAI_API_KEY', description: 'Azure OpenAI / Cognitive Services key', names: ['azure_openai', 'azureopenai', 'azure-openai', 'ocp-apim-subscription-key', 'cognitive'], body: [[ALNUM, 32, 84]] },
  { id: 'deepgram-api-key', type: 'SECRET_DEEPGRAM_API_KEY', description: 'Deepgram API key', names: ['deepgram'], body: [[HEX, 40]] },
  { id: 'stability-api-key', type: 'SECRET_STABILITY_API_KEY', description: 'Stability AI API key', names: ['stability'], body: ['sk-', [ALNUM, 48]] },
  { id: 'voyage-api-key', type: 'SECRET_VOYAGE_API_KEY', description: 'Voyage AI API key', names: ['voyage'], body: ['pa-', [URL_SAFE, 43]] },
  { id: 'runpod-api-key', type: 'SECRET_RUNPOD_API_KEY', description: 'RunPod API key', names: ['runpod'], body: [[UPPER_ALNUM, 32, 48]] },
];

export const aiDetectors: readonly Detector[] = [...aiPrefixed.map(prefixedToken), ...aiKeyed.map(keyedToken)];
