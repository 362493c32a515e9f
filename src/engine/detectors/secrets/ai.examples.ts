import type { DetectorExamples } from '../../types';

// Generated once from the shapes, then kept by hand; kept out of the bundle (vsce refuses secret-shaped strings).
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'openai-api-key': {
    positive: [
      { text: 'OPENAI_API_KEY_KEY="sk-jxupoPxiU0LTGLCckRetqVOXCNjufOT3BlbkFJX4a7XFfV2UdUlpswmC1Gn05LP5mNsx"', values: ['sk-jxupoPxiU0LTGLCckRetqVOXCNjufOT3BlbkFJX4a7XFfV2UdUlpswmC1Gn05LP5mNsx'] },
    ],
    negative: [
      'OPENAI_API_KEY_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OPENAI_API_KEY_KEY=sk-aN7F2NXNOasS9lgN6vx3CYnToZ8q0GT3BlbkFJXxKpFx01EhCy05xmVxB',
      'OPENAI_API_KEY_KEY=sk-glO6Vafx54wFrzf94SCiqqzzH7LAzET3BlbkFJOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1',
      'OPENAI_API_KEY_KEY=sk-jxup********',
      'OPENAI_API_KEY_KEY=${OPENAI_API_KEY}',
    ],
  },
  'openai-project-key': {
    positive: [
      { text: 'OPENAI_PROJECT_KEY_KEY="sk-proj-i2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4"', values: ['sk-proj-i2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4'] },
      { text: 'use sk-proj-i2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4 for the request', values: ['sk-proj-i2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4'] },
    ],
    negative: [
      'OPENAI_PROJECT_KEY_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OPENAI_PROJECT_KEY_KEY=sk-proj-cYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN',
      'OPENAI_PROJECT_KEY_KEY=sk-proj-2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp7',
      'OPENAI_PROJECT_KEY_KEY=sk-proj-i2zD********',
      'OPENAI_PROJECT_KEY_KEY=${OPENAI_PROJECT_KEY}',
    ],
  },
  'anthropic-api-key': {
    positive: [
      { text: 'ANTHROPIC_API_KEY_KEY="sk-ant-api03-spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9AA"', values: ['sk-ant-api03-spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9AA'] },
      { text: 'use sk-ant-api03-spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9AA for the request', values: ['sk-ant-api03-spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9AA'] },
    ],
    negative: [
      'ANTHROPIC_API_KEY_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA',
      'ANTHROPIC_API_KEY_KEY=sk-ant-api03-epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlAA',
      'ANTHROPIC_API_KEY_KEY=sk-ant-api03-wmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiAA',
      'ANTHROPIC_API_KEY_KEY=sk-ant-api03-spoH********',
      'ANTHROPIC_API_KEY_KEY=${ANTHROPIC_API_KEY}',
    ],
  },
  'anthropic-admin-key': {
    positive: [
      { text: 'ANTHROPIC_ADMIN_KEY_KEY="sk-ant-admin01-zzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12EAA"', values: ['sk-ant-admin01-zzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12EAA'] },
      { text: 'use sk-ant-admin01-zzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12EAA for the request', values: ['sk-ant-admin01-zzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12EAA'] },
    ],
    negative: [
      'ANTHROPIC_ADMIN_KEY_KEY=sk-ant-admin01-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA',
      'ANTHROPIC_ADMIN_KEY_KEY=sk-ant-admin01-FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeAA',
      'ANTHROPIC_ADMIN_KEY_KEY=sk-ant-admin01-LlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiUAA',
      'ANTHROPIC_ADMIN_KEY_KEY=sk-ant-admin01-zzH7********',
      'ANTHROPIC_ADMIN_KEY_KEY=${ANTHROPIC_ADMIN_KEY}',
    ],
  },
  'anthropic-oauth-token': {
    positive: [
      { text: 'ANTHROPIC_OAUTH_TOKEN_KEY="sk-ant-oat01-TGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpAA"', values: ['sk-ant-oat01-TGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpAA'] },
      { text: 'use sk-ant-oat01-TGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpAA for the request', values: ['sk-ant-oat01-TGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpAA'] },
    ],
    negative: [
      'ANTHROPIC_OAUTH_TOKEN_KEY=sk-ant-oat01-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA',
      'ANTHROPIC_OAUTH_TOKEN_KEY=sk-ant-oat01-EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyAA',
      'ANTHROPIC_OAUTH_TOKEN_KEY=sk-ant-oat01-AxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUAA',
      'ANTHROPIC_OAUTH_TOKEN_KEY=sk-ant-oat01-TGLC********',
      'ANTHROPIC_OAUTH_TOKEN_KEY=${ANTHROPIC_OAUTH_TOKEN}',
    ],
  },
  'huggingface-token': {
    positive: [
      { text: 'HUGGINGFACE_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'HUGGINGFACE_TOKEN_KEY=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HUGGINGFACE_TOKEN_KEY=hf_TZqJJfNoVYYwuCJtlUjMNsoQdFRvGDYhR',
      'HUGGINGFACE_TOKEN_KEY=hf_ukOKzIqryZiYKpxwaixIqORCOjKZHCloTvP',
      'HUGGINGFACE_TOKEN_KEY=hf_VKVq********',
      'HUGGINGFACE_TOKEN_KEY=${HUGGINGFACE_TOKEN}',
    ],
  },
  'huggingface-org-token': {
    positive: [
      { text: 'HUGGINGFACE_ORG_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'HUGGINGFACE_ORG_TOKEN_KEY=api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HUGGINGFACE_ORG_TOKEN_KEY=api_org_JBYeOZmjRMTBLdmaMQmTvWyUEaSuQYQfj',
      'HUGGINGFACE_ORG_TOKEN_KEY=api_org_logCtFhswJMwgLlpImCSKaWLyEtKTLMVkPz',
      'HUGGINGFACE_ORG_TOKEN_KEY=api_org_gkXl********',
      'HUGGINGFACE_ORG_TOKEN_KEY=${HUGGINGFACE_ORG_TOKEN}',
    ],
  },
  'groq-api-key': {
    positive: [
      { text: 'GROQ_API_KEY_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'GROQ_API_KEY_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GROQ_API_KEY_KEY=gsk_rzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjG',
      'GROQ_API_KEY_KEY=gsk_UVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12Er',
      'GROQ_API_KEY_KEY=gsk_lgN6********',
      'GROQ_API_KEY_KEY=${GROQ_API_KEY}',
    ],
  },
  'replicate-api-token': {
    positive: [
      { text: 'REPLICATE_API_TOKEN_KEY="r8_Yc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp78"', values: ['r8_Yc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp78'] },
      { text: 'use r8_Yc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp78 for the request', values: ['r8_Yc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp78'] },
    ],
    negative: [
      'REPLICATE_API_TOKEN_KEY=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'REPLICATE_API_TOKEN_KEY=r8_7spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gP',
      'REPLICATE_API_TOKEN_KEY=r8_rNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sX',
      'REPLICATE_API_TOKEN_KEY=r8_Yc7F********',
      'REPLICATE_API_TOKEN_KEY=${REPLICATE_API_TOKEN}',
    ],
  },
  'perplexity-api-key': {
    positive: [
      { text: 'PERPLEXITY_API_KEY_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'PERPLEXITY_API_KEY_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PERPLEXITY_API_KEY_KEY=pplx-4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOX',
      'PERPLEXITY_API_KEY_KEY=pplx-CNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2',
      'PERPLEXITY_API_KEY_KEY=pplx-pPQ1********',
      'PERPLEXITY_API_KEY_KEY=${PERPLEXITY_API_KEY}',
    ],
  },
  'xai-api-key': {
    positive: [
      { text: 'XAI_API_KEY_KEY="xai-NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYS"', values: ['xai-NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYS'] },
      { text: 'use xai-NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYS for the request', values: ['xai-NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYS'] },
    ],
    negative: [
      'XAI_API_KEY_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'XAI_API_KEY_KEY=xai-Og4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Ag',
      'XAI_API_KEY_KEY=xai-x12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP',
      'XAI_API_KEY_KEY=xai-NXNO********',
      'XAI_API_KEY_KEY=${XAI_API_KEY}',
    ],
  },
  'openrouter-api-key': {
    positive: [
      { text: 'OPENROUTER_API_KEY_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'OPENROUTER_API_KEY_KEY=sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000',
      'OPENROUTER_API_KEY_KEY=sk-or-v1-98249c7efae4d1ca56f8e35155f08e84d10d9dfe8036644d62f7debca13e155',
      'OPENROUTER_API_KEY_KEY=sk-or-v1-fd0ad352de5f8090b2f8f1f34564a7b478cd83d56c5afd20d9b8d0dd05e932d96',
      'OPENROUTER_API_KEY_KEY=sk-or-v1-72f2********',
      'OPENROUTER_API_KEY_KEY=${OPENROUTER_API_KEY}',
    ],
  },
  'langsmith-api-key': {
    positive: [
      { text: 'LANGSMITH_API_KEY_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'LANGSMITH_API_KEY_KEY=lsv2_pt_00000000000000000000000000000000_0000000000',
      'LANGSMITH_API_KEY_KEY=lsv2_pt_6886b57298ea35477b9ca7b0ed2800fe_8b952c54e',
      'LANGSMITH_API_KEY_KEY=lsv2_pt_1c9e1677f7c343bffaccd7432ef5ca7c_ca63b5a6d0a',
      'LANGSMITH_API_KEY_KEY=lsv2_pt_68a0********',
      'LANGSMITH_API_KEY_KEY=${LANGSMITH_API_KEY}',
    ],
  },
  'pinecone-api-key': {
    positive: [
      { text: 'PINECONE_API_KEY_KEY="pcsk_2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp7"', values: ['pcsk_2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp7'] },
      { text: 'use pcsk_2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp7 for the request', values: ['pcsk_2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp7'] },
    ],
    negative: [
      'PINECONE_API_KEY_KEY=pcsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PINECONE_API_KEY_KEY=pcsk_spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGh',
      'PINECONE_API_KEY_KEY=pcsk_MP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NU',
      'PINECONE_API_KEY_KEY=pcsk_2Oxp********',
      'PINECONE_API_KEY_KEY=${PINECONE_API_KEY}',
    ],
  },
  'fireworks-api-key': {
    positive: [
      { text: 'FIREWORKS_API_KEY_KEY="fw_Q2bjxupoPxiU0LTGLCckRetq"', values: ['fw_Q2bjxupoPxiU0LTGLCckRetq'] },
      { text: 'use fw_Q2bjxupoPxiU0LTGLCckRetq for the request', values: ['fw_Q2bjxupoPxiU0LTGLCckRetq'] },
    ],
    negative: [
      'FIREWORKS_API_KEY_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx',
      'FIREWORKS_API_KEY_KEY=fw_VOXCNjufOTtX4a7XFfV2UdU',
      'FIREWORKS_API_KEY_KEY=fw_lpswmC1Gn05LP5mNsxKtDVMfa',
      'FIREWORKS_API_KEY_KEY=fw_Q2bj********',
      'FIREWORKS_API_KEY_KEY=${FIREWORKS_API_KEY}',
    ],
  },
  'nvidia-api-key': {
    positive: [
      { text: 'NVIDIA_API_KEY_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'NVIDIA_API_KEY_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NVIDIA_API_KEY_KEY=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',
      'NVIDIA_API_KEY_KEY=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',
      'NVIDIA_API_KEY_KEY=nvapi-F2NX********',
      'NVIDIA_API_KEY_KEY=${NVIDIA_API_KEY}',
    ],
  },
  'langfuse-secret-key': {
    positive: [
      { text: 'LANGFUSE_SECRET_KEY_KEY="sk-lf-e4499954-4b62-b143-a7b8-e2200af0d06e"', values: ['sk-lf-e4499954-4b62-b143-a7b8-e2200af0d06e'] },
      { text: 'use sk-lf-e4499954-4b62-b143-a7b8-e2200af0d06e for the request', values: ['sk-lf-e4499954-4b62-b143-a7b8-e2200af0d06e'] },
    ],
    negative: [
      'LANGFUSE_SECRET_KEY_KEY=sk-lf-00000000-0000-0000-0000-000000000000',
      'LANGFUSE_SECRET_KEY_KEY=sk-lf-8f6c3982-d5dd-72f2-87a0-7b2cde99501',
      'LANGFUSE_SECRET_KEY_KEY=sk-lf-7dc3e601-198a-c850-4de7-6f3bf8bb14f85',
      'LANGFUSE_SECRET_KEY_KEY=sk-lf-e449********',
      'LANGFUSE_SECRET_KEY_KEY=${LANGFUSE_SECRET_KEY}',
    ],
  },
  'cohere-api-key': {
    positive: [
      { text: 'COHERE_KEY="QM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX"', values: ['QM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX'] },
      { text: 'cohere: QM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX', values: ['QM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX'] },
    ],
    negative: [
      'COHERE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"QM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX\"',
      'COHERE_KEY=${COHERE}',
      'COHERE_KEY=\"4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXC\"',
    ],
  },
  'mistral-api-key': {
    positive: [
      { text: 'MISTRAL_KEY="NjufOTtX4a7XFfV2UdUlpswmC1Gn05LP"', values: ['NjufOTtX4a7XFfV2UdUlpswmC1Gn05LP'] },
      { text: 'mistral: NjufOTtX4a7XFfV2UdUlpswmC1Gn05LP', values: ['NjufOTtX4a7XFfV2UdUlpswmC1Gn05LP'] },
    ],
    negative: [
      'MISTRAL_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"NjufOTtX4a7XFfV2UdUlpswmC1Gn05LP\"',
      'MISTRAL_KEY=${MISTRAL}',
      'MISTRAL_KEY=\"5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3\"',
    ],
  },
  'deepseek-api-key': {
    positive: [
      { text: 'DEEPSEEK_KEY="sk-a04f40947b5c06c4b677b2a67864f6a9"', values: ['sk-a04f40947b5c06c4b677b2a67864f6a9'] },
      { text: 'deepseek: sk-a04f40947b5c06c4b677b2a67864f6a9', values: ['sk-a04f40947b5c06c4b677b2a67864f6a9'] },
    ],
    negative: [
      'DEEPSEEK_KEY=sk-00000000000000000000000000000000',
      'OTHER_SETTING=\"sk-a04f40947b5c06c4b677b2a67864f6a9\"',
      'DEEPSEEK_KEY=${DEEPSEEK}',
      'DEEPSEEK_KEY=\"sk-e23d9f026886b57298ea35477b9ca7b\"',
    ],
  },
  'together-api-key': {
    positive: [
      { text: 'TOGETHER_API_KEY_KEY="Og4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKA"', values: ['Og4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKA'] },
      { text: 'together_api_key: Og4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKA', values: ['Og4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKA'] },
    ],
    negative: [
      'TOGETHER_API_KEY_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"Og4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKA\"',
      'TOGETHER_API_KEY_KEY=${TOGETHER_API_KEY}',
      'TOGETHER_API_KEY_KEY=\"ByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN\"',
    ],
  },
  'wandb-api-key': {
    positive: [
      { text: 'WANDB_KEY="772e48e424e981a629ba696e44999544b62b143a"', values: ['772e48e424e981a629ba696e44999544b62b143a'] },
      { text: 'wandb: 772e48e424e981a629ba696e44999544b62b143a', values: ['772e48e424e981a629ba696e44999544b62b143a'] },
    ],
    negative: [
      'WANDB_KEY=0000000000000000000000000000000000000000',
      'OTHER_SETTING=\"772e48e424e981a629ba696e44999544b62b143a\"',
      'WANDB_KEY=${WANDB}',
      'WANDB_KEY=\"7b8e2200af0d06e8f6c3982d5dd72f287a07b2c\"',
    ],
  },
  'elevenlabs-api-key': {
    positive: [
      { text: 'ELEVENLABS_KEY="de995017dc3e601198ac8504de76f3bf8bb14f85"', values: ['de995017dc3e601198ac8504de76f3bf8bb14f85'] },
      { text: 'elevenlabs: de995017dc3e601198ac8504de76f3bf8bb14f85', values: ['de995017dc3e601198ac8504de76f3bf8bb14f85'] },
    ],
    negative: [
      'ELEVENLABS_KEY=0000000000000000000000000000000000000000',
      'OTHER_SETTING=\"de995017dc3e601198ac8504de76f3bf8bb14f85\"',
      'ELEVENLABS_KEY=${ELEVENLABS}',
      'ELEVENLABS_KEY=\"ed9c779141d698249c7efae4d1ca56f\"',
    ],
  },
  'assemblyai-api-key': {
    positive: [
      { text: 'ASSEMBLYAI_KEY="8e35155f08e84d10d9dfe8036644d62f"', values: ['8e35155f08e84d10d9dfe8036644d62f'] },
      { text: 'assemblyai: 8e35155f08e84d10d9dfe8036644d62f', values: ['8e35155f08e84d10d9dfe8036644d62f'] },
    ],
    negative: [
      'ASSEMBLYAI_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"8e35155f08e84d10d9dfe8036644d62f\"',
      'ASSEMBLYAI_KEY=${ASSEMBLYAI}',
      'ASSEMBLYAI_KEY=\"7debca13e155fd0ad352de5f8090b2f\"',
    ],
  },
  'azure-openai-api-key': {
    positive: [
      { text: 'AZURE_OPENAI_KEY="2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9l"', values: ['2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9l'] },
      { text: 'azure_openai: 2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9l', values: ['2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9l'] },
    ],
    negative: [
      'AZURE_OPENAI_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9l\"',
      'AZURE_OPENAI_KEY=${AZURE_OPENAI}',
      'AZURE_OPENAI_KEY=\"gN6vx3CYnToZ8q0GsKXxKpFx01EhCy0\"',
    ],
  },
  'deepgram-api-key': {
    positive: [
      { text: 'DEEPGRAM_KEY="864f6a9e23d9f026886b57298ea35477b9ca7b0e"', values: ['864f6a9e23d9f026886b57298ea35477b9ca7b0e'] },
      { text: 'deepgram: 864f6a9e23d9f026886b57298ea35477b9ca7b0e', values: ['864f6a9e23d9f026886b57298ea35477b9ca7b0e'] },
    ],
    negative: [
      'DEEPGRAM_KEY=0000000000000000000000000000000000000000',
      'OTHER_SETTING=\"864f6a9e23d9f026886b57298ea35477b9ca7b0e\"',
      'DEEPGRAM_KEY=${DEEPGRAM}',
      'DEEPGRAM_KEY=\"d2800fe8b952c54e1c9e1677f7c343bffaccd74\"',
    ],
  },
  'stability-api-key': {
    positive: [
      { text: 'STABILITY_KEY="sk-mgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7"', values: ['sk-mgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7'] },
      { text: 'stability: sk-mgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7', values: ['sk-mgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7'] },
    ],
    negative: [
      'STABILITY_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"sk-mgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7\"',
      'STABILITY_KEY=${STABILITY}',
      'STABILITY_KEY=\"sk-FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBz\"',
    ],
  },
  'voyage-api-key': {
    positive: [
      { text: 'VOYAGE_KEY="pa-SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXe"', values: ['pa-SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXe'] },
      { text: 'voyage: pa-SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXe', values: ['pa-SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXe'] },
    ],
    negative: [
      'VOYAGE_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"pa-SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXe\"',
      'VOYAGE_KEY=${VOYAGE}',
      'VOYAGE_KEY=\"pa-QwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw7\"',
    ],
  },
  'runpod-api-key': {
    positive: [
      { text: 'RUNPOD_KEY="7SX8F3KMCKYGREBZ2N6KWYQZ0LN6J7YHQOI8HLJ5"', values: ['7SX8F3KMCKYGREBZ2N6KWYQZ0LN6J7YHQOI8HLJ5'] },
      { text: 'runpod: 7SX8F3KMCKYGREBZ2N6KWYQZ0LN6J7YHQOI8HLJ5', values: ['7SX8F3KMCKYGREBZ2N6KWYQZ0LN6J7YHQOI8HLJ5'] },
    ],
    negative: [
      'RUNPOD_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'OTHER_SETTING=\"7SX8F3KMCKYGREBZ2N6KWYQZ0LN6J7YHQOI8HLJ5\"',
      'RUNPOD_KEY=${RUNPOD}',
      'RUNPOD_KEY=\"PU21YXI2UM4GLDGBQUKR0YMINBIU0SI\"',
    ],
  },
};
