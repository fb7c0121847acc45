import { z } from '@hono/zod-openapi';
import { ROLES } from '../../domain/vocabulary.ts';

export const RoleSchema = z
  .enum(ROLES)
  .openapi({ description: 'admin manages users; leader and admin write everything; csm writes own accounts; viewer reads' });

export const UserSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

export const SignInSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1),
});

export const MeSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), role: RoleSchema }).openapi('Me');

export const CreateUserSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(200).optional(),
  role: RoleSchema,
  password: z.string().min(10).max(200).optional().openapi({ description: 'Generated and returned once when omitted' }),
});

export const UpdateUserSchema = z.object({
  name: z.string().min(1).max(200).optional(),
  role: RoleSchema.optional(),
  disabled: z.boolean().optional(),
  password: z.string().min(10).max(200).optional(),
});

export const CreatedUserSchema = z.object({ user: UserSchema, password: z.string() }).openapi('CreatedUser');

export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    userId: z.string(),
    userEmail: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ApiToken');

export const CreateTokenSchema = z.object({
  name: z.string().min(1).max(100),
  userId: z.string().uuid().optional().openapi({ description: 'Defaults to the signed-in user; admins may name another user' }),
});

export const CreatedTokenSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), token: z.string() })
  .openapi('CreatedApiToken', { description: 'The token is shown once; only its hash is stored' });
