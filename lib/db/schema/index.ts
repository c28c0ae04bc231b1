export * from './enums';
export * from './users';
export * from './taxonomy';
export * from './media';
export * from './articles';
export * from './comments';
export * from './moderation';
export * from './auth';
