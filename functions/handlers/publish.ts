// Placeholder entry so the CDK app synthesizes while this capability is being built; replaced by its owner.
export const handler = async (): Promise<never> => {
  throw new Error('publish: not implemented yet');
};
