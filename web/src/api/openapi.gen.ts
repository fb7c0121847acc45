// Generated from the API's OpenAPI document by `npm run api:generate` (scripts/generate-api-types.ts).
// Do not edit by hand: change the server's zod schemas and regenerate; a test fails when this file is stale.

export interface paths {
  '/accounts': {
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          order?: 'asc' | 'desc';
          ownerId?: string;
          q?: string;
          region?: string;
          renewalWithinDays?: number | null;
          sizeBand?: string;
          sort?: 'name' | 'renewalDate' | 'arr' | 'updatedAt';
          stage?: string;
          tier?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountPage'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AccountInput'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/accounts/{id}': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AccountPatch'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
  };
  '/accounts/{id}/assessments': {
    get: {
      parameters: {
        query?: {
          method?: 'all_responses' | 'mean_per_stakeholder' | 'role_weighted' | 'waterfall';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountAssessments'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/accounts/{id}/coverage': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountCoverage'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/accounts/{id}/stage-history': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['StageChange'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/accounts/{id}/stakeholders': {
    get: {
      parameters: {
        query?: {
          status?: 'active' | 'left' | 'all';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Stakeholder'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/accounts/{id}/touchpoints': {
    get: {
      parameters: {
        query?: {
          cursor?: string;
          kind?: 'call' | 'meeting' | 'email' | 'qbr' | 'ebr' | 'onsite' | 'event' | 'note';
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TouchpointPage'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/assessment-programs': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Program'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProgramInput'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Program'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/assessment-programs/{id}': {
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProgramInput'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Program'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/assessment-programs/{id}/launch': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Wave'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/assessment-programs/{id}/preview': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgramPreview'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/assessment-responses/import': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          account?: string;
          dateColumn?: string;
          dateFormat?: 'iso' | 'us' | 'eu';
          dryRun?: 'true' | 'false';
          emailColumn?: string;
          externalIdColumn?: string;
          labelColumn?: string;
          scoreColumn?: string;
          skipInvalid?: 'true' | 'false';
          textColumn?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            file?: string;
          };
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PastResponseImport'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/assessment-results': {
    get: {
      parameters: {
        query?: {
          from?: string;
          method?: 'all_responses' | 'mean_per_stakeholder' | 'role_weighted' | 'waterfall';
          persona?: 'decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user';
          programId?: string;
          segmentId?: string;
          to?: string;
          waveId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssessmentResults'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/assessment-settings': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssessmentSettings'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AssessmentSettings'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssessmentSettings'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/assessment-waves': {
    get: {
      parameters: {
        query?: {
          programId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Wave'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/assessment-waves/{id}': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Wave'] & {
              invitations: components['schemas']['Invitation'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/assessment-waves/{id}/close': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Wave'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/auth/me': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/auth/sign-in': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresAt: string;
              user: components['schemas']['Me'];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/auth/sign-out': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/coverage/heat-map': {
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          ownerId?: string;
          q?: string;
          region?: string;
          renewalWithinDays?: number | null;
          sizeBand?: string;
          sort?: 'severity' | 'renewalDate' | 'name';
          stage?: string;
          tier?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HeatMap'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/coverage/recompute': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CoverageRecompute'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/coverage/summary': {
    get: {
      parameters: {
        query?: {
          ownerId?: string;
          q?: string;
          region?: string;
          renewalWithinDays?: number | null;
          sizeBand?: string;
          stage?: string;
          tier?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['GapSummary'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/exports/{entity}': {
    get: {
      parameters: {
        query?: {
          format?: 'csv' | 'json';
        };
        header?: never;
        path: {
          entity: 'accounts' | 'stakeholders' | 'touchpoints' | 'gaps';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': ({
              [key: string]: unknown;
            })[];
            'text/csv': string;
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/imports': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          dateFormat?: 'auto' | 'iso' | 'us' | 'eu';
          dryRun?: 'true' | 'false';
          skipInvalid?: 'true' | 'false';
          tier?: 'community' | 'enterprise' | 'strategic';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            files?: string[];
            kind?: 'accounts' | 'stakeholders' | 'touchpoints';
            mapping?: string;
            saveMappingAs?: string;
            savedMapping?: string;
          };
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportReport'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/imports/mappings': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SavedColumnMapping'][];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/outbox': {
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          status?: 'scheduled' | 'sending' | 'sent' | 'kept' | 'failed' | 'uncertain' | 'cancelled';
          waveId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['OutboxMessage'][];
              nextCursor: string | null;
              transport: 'smtp' | 'outbox';
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/outbox/{id}/resend': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OutboxMessage'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/people': {
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Person'][];
              nextCursor: string | null;
              total: number;
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PersonInput'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonDetail'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/people/{id}': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonDetail'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email?: string | null;
            firstName?: string;
            lastName?: string;
            phone?: string | null;
            title?: string | null;
          };
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonDetail'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
  };
  '/persona-suggestions': {
    get: {
      parameters: {
        query: {
          title: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonaSuggestion'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/questionnaires': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Questionnaire'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['QuestionnaireInput'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QuestionnaireDetail'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/questionnaires/{id}': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QuestionnaireDetail'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['QuestionnaireInput'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QuestionnaireDetail'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/relationship-actions': {
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'done' | 'dismissed' | 'resolved' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['RelationshipAction'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/relationship-actions/{id}': {
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RelationshipActionStatus'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RelationshipAction'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
  };
  '/segments': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Segment'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/segments/{id}': {
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            isDefault?: boolean;
            match: {
              industries?: string[];
              regions?: ('north_america' | 'latin_america' | 'emea' | 'apac')[];
              sizeBands?: ('smb' | 'mid_market' | 'enterprise' | 'large_enterprise')[];
              tiers?: ('community' | 'enterprise' | 'strategic')[];
            };
            name: string;
            priority?: number;
          };
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Segment'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    patch?: never;
  };
  '/segments/{id}/coverage-model': {
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CoverageModelInput'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recompute: {
                accounts: number;
                actionsCreated: number;
                actionsResolved: number;
                gapsClosed: number;
                gapsOpened: number;
              };
              segment: components['schemas']['Segment'];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/stakeholders': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['StakeholderInput'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Stakeholder'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/stakeholders/{id}': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Stakeholder'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['StakeholderPatch'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Stakeholder'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
  };
  '/stakeholders/{id}/history': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['StakeholderChange'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/stakeholders/{id}/leave': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['StakeholderLeave'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Stakeholder'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/tasks': {
    get: {
      parameters: {
        query?: {
          accountId?: string;
          owner?: 'me' | 'all';
          status?: 'open' | 'done' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Task'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  '/tasks/{id}': {
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            status: 'open' | 'done';
          };
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Task'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
  };
  '/tokens': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ApiToken'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            userId?: string;
          };
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CreatedApiToken'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/tokens/{id}': {
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    patch?: never;
  };
  '/touchpoints': {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TouchpointInput'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Touchpoint'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/touchpoints/{id}': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Touchpoint'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TouchpointPatch'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Touchpoint'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
  };
  '/users': {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['User'][];
            };
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            name?: string;
            password?: string;
            role: 'admin' | 'leader' | 'csm' | 'viewer';
          };
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CreatedUser'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  '/users/{id}': {
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            disabled?: boolean;
            name?: string;
            password?: string;
            role?: 'admin' | 'leader' | 'csm' | 'viewer';
          };
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
  };
}

export interface components {
  schemas: {
    Account: {
      arr: number | null;
      createdAt: string;
      employees: number | null;
      hubspotId: string | null;
      id: string;
      industry: string | null;
      lifecycleStage: 'discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed';
      name: string;
      ownerId: string | null;
      ownerName: string | null;
      region: 'north_america' | 'latin_america' | 'emea' | 'apac' | null;
      renewalDate: string | null;
      salesforceId: string | null;
      sizeBand: 'smb' | 'mid_market' | 'enterprise' | 'large_enterprise' | null;
      tier: 'community' | 'enterprise' | 'strategic';
      updatedAt: string;
    };
    AccountAssessments: {
      invitations: components['schemas']['Invitation'][];
      nps: {
        basis: string;
        detractors: number;
        nps: number | null;
        passives: number;
        promoters: number;
        responses: number;
      };
      participation: {
        detractors: number;
        invited: number;
        nonResponders: number;
        passives: number;
        promoters: number;
        responded: number;
        responseRate: number | null;
      };
      responses: ({
        answers: ({
          kind: string;
          prompt: string;
          questionId: string;
          value: number | string;
        })[];
        assessedSentiment: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
        group: 'promoter' | 'passive' | 'detractor' | null;
        id: string;
        measuredSentiment: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
        personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
        respondedAt: string;
        score: number | null;
        source: 'link' | 'import';
        stakeholderId: string | null;
        stakeholderName: string | null;
        waveId: string | null;
      })[];
      silent: boolean;
    };
    AccountCoverage: {
      actions: components['schemas']['RelationshipAction'][];
      gaps: components['schemas']['Gap'][];
      matrix: ({
        danger: boolean;
        keyToSuccess: 'critical' | 'important' | 'peripheral';
        name: string;
        sentiment: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
        source: 'measured' | 'assessed' | null;
        stakeholderId: string;
      })[];
      mix: (components['schemas']['HeatCell'] & ({
        lastEngagedBy: string | null;
        persona: 'decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user';
        requirement: components['schemas']['PersonaRequirement'] | null;
      }))[];
      model: components['schemas']['CoverageModel'];
      segment: components['schemas']['SegmentInfo'];
    };
    AccountInput: {
      arr?: number | null;
      employees?: number | null;
      hubspotId?: string | null;
      industry?: string | null;
      lifecycleStage?: 'discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed';
      name: string;
      ownerId?: string | null;
      region?: 'north_america' | 'latin_america' | 'emea' | 'apac' | null;
      renewalDate?: string | null;
      salesforceId?: string | null;
      sizeBand?: 'smb' | 'mid_market' | 'enterprise' | 'large_enterprise' | null;
      tier: 'community' | 'enterprise' | 'strategic';
    };
    AccountListItem: components['schemas']['Account'] & ({
      activeStakeholders: number;
      lastTouchpointAt: string | null;
    });
    AccountPage: {
      items: components['schemas']['AccountListItem'][];
      nextCursor: string | null;
      total: number;
    };
    AccountPatch: {
      arr?: number | null;
      employees?: number | null;
      hubspotId?: string | null;
      industry?: string | null;
      lifecycleStage?: 'discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed';
      name?: string;
      ownerId?: string | null;
      region?: 'north_america' | 'latin_america' | 'emea' | 'apac' | null;
      renewalDate?: string | null;
      salesforceId?: string | null;
      sizeBand?: 'smb' | 'mid_market' | 'enterprise' | 'large_enterprise' | null;
      stageNote?: string;
      tier?: 'community' | 'enterprise' | 'strategic';
    };
    ApiToken: {
      createdAt: string;
      id: string;
      lastUsedAt: string | null;
      name: string;
      revokedAt: string | null;
      userEmail: string;
      userId: string;
    };
    AssessmentResults: {
      byAccount: ({
        accountId: string;
        accountName: string;
        basis: string;
        detractors: number;
        invited: number;
        nonResponders: number;
        nps: number | null;
        ownerName: string | null;
        passives: number;
        promoters: number;
        responded: number;
        responseRate: number | null;
        responses: number;
        silent: boolean;
        tier: 'community' | 'enterprise' | 'strategic';
      })[];
      byCsm: ({
        detractors: number;
        invited: number;
        name: string;
        nonResponders: number;
        passives: number;
        promoters: number;
        responded: number;
        responseRate: number | null;
        userId: string | null;
      })[];
      byPersona: ({
        detractors: number;
        invited: number;
        nonResponders: number;
        nps: number | null;
        passives: number;
        persona: 'decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user';
        promoters: number;
        responded: number;
        responseRate: number | null;
        responses: number;
      })[];
      bySegment: ({
        detractors: number;
        invited: number;
        nonResponders: number;
        nps: number | null;
        passives: number;
        promoters: number;
        responded: number;
        responseRate: number | null;
        responses: number;
        segmentId: string;
        segmentName: string;
      })[];
      byWave: ({
        detractors: number;
        invited: number;
        launchedAt: string;
        nonResponders: number;
        nps: number | null;
        passives: number;
        programName: string;
        promoters: number;
        responded: number;
        responseRate: number | null;
        responses: number;
        waveId: string;
      })[];
      method: 'all_responses' | 'mean_per_stakeholder' | 'role_weighted' | 'waterfall';
      overall: {
        detractors: number;
        invited: number;
        nonResponders: number;
        nps: number | null;
        passives: number;
        promoters: number;
        responded: number;
        responseRate: number | null;
        responses: number;
        scaleAbove35: {
          count: number;
          share: number | null;
        };
      };
      themes: ({
        count: number;
        detractors: number;
        examples: string[];
        passives: number;
        promoters: number;
        theme: string;
      })[];
    };
    AssessmentSettings: {
      fatigueDays: number;
      productName: string;
      sentimentBands: {
        neutral: number;
        resistant: number;
        supportive: number;
      };
    };
    CoverageModel: components['schemas']['CoverageModelInput'] & {
      segmentId: string;
    };
    CoverageModelInput: {
      engagementWindowDays: number;
      minEngagedStakeholders: number;
      requirements: components['schemas']['PersonaRequirement'][];
    };
    CoverageRecompute: {
      accounts: number;
      actionsCreated: number;
      actionsResolved: number;
      gapsClosed: number;
      gapsOpened: number;
      milliseconds: number;
    };
    CreatedApiToken: {
      createdAt: string;
      id: string;
      name: string;
      token: string;
    };
    CreatedUser: {
      password: string;
      user: components['schemas']['User'];
    };
    Gap: {
      explanation: string;
      key: string;
      kind: 'missing_persona' | 'too_few' | 'sentiment_below_target' | 'recency_breached' | 'single_threaded' | 'key_stakeholder_left' | 'sentiment_disagreement' | 'silent';
      persona: 'decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user' | null;
      severity: 'critical' | 'high' | 'medium' | 'low';
      stakeholderId: string | null;
    };
    GapSummary: {
      byCsm: ({
        critical: number;
        high: number;
        key: string;
        label: string;
        low: number;
        medium: number;
        total: number;
      })[];
      byKind: ({
        critical: number;
        high: number;
        key: string;
        label: string;
        low: number;
        medium: number;
        total: number;
      })[];
      byTier: ({
        critical: number;
        high: number;
        key: string;
        label: string;
        low: number;
        medium: number;
        total: number;
      })[];
      criticalBelowNeutral: ({
        accountId: string;
        detail: string;
        name: string;
        ownerName: string | null;
        tier: 'community' | 'enterprise' | 'strategic';
      })[];
      singleThreaded: ({
        accountId: string;
        detail: string;
        name: string;
        ownerName: string | null;
        tier: 'community' | 'enterprise' | 'strategic';
      })[];
      trend: ({
        closed: number;
        opened: number;
        week: string;
      })[];
    };
    HeatCell: {
      count: number;
      coverage: 'present' | 'missing' | 'too_few' | 'not_required';
      daysSinceEngaged: number | null;
      engagement: 'within' | 'breached' | 'no_limit' | 'none';
      participation: 'answered' | 'silent' | 'awaiting' | 'not_invited';
      sentiment: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
      wanted: number;
    };
    HeatMap: {
      items: ({
        accountId: string;
        cells: {
          [key: string]: components['schemas']['HeatCell'] | null;
        };
        lifecycleStage: 'discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed';
        name: string;
        openGaps: number;
        ownerName: string | null;
        renewalDate: string | null;
        segmentId: string | null;
        silent: boolean;
        tier: 'community' | 'enterprise' | 'strategic';
        worstSeverity: 'critical' | 'high' | 'medium' | 'low' | null;
      })[];
      nextCursor: string | null;
      personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
      total: number;
    };
    ImportFileReport: {
      columns: string[];
      fields: string[];
      file: string;
      format: {
        headerStyle: 'api' | 'label';
        object: 'account' | 'contact' | 'account_contact_relation' | 'opportunity_contact_role' | 'task' | 'event' | 'opportunity' | 'user' | 'accounts_contacts_report' | 'company' | 'engagement' | 'deal' | 'touchpoint' | 'usage_metric' | 'tree_plan' | 'unknown';
        system: 'salesforce' | 'hubspot' | 'generic' | 'rapport' | 'sobject_tree';
      } | null;
      ignoredColumns: string[];
      invalid: number;
      mapping: {
        [key: string]: string;
      };
      missingRequired: string[];
      naturalKeys: boolean;
      reasons: string[];
      rows: number;
      skipped: number;
      unknownColumns: string[];
      valid: number;
      via?: 'rows' | 'copy';
    };
    ImportReport: {
      counts: {
        accounts?: {
          created: number;
          unchanged: number;
          updated: number;
        };
        people?: {
          created: number;
          unchanged: number;
          updated: number;
        };
        renewals?: {
          created: number;
          unchanged: number;
          updated: number;
        };
        stakeholders?: {
          created: number;
          unchanged: number;
          updated: number;
        };
        touchpoints?: {
          created: number;
          unchanged: number;
          updated: number;
        };
      } | null;
      errorCount: number;
      errors: ({
        column: string;
        file?: string;
        reason: string;
        row: number;
        value: string;
      })[];
      files: components['schemas']['ImportFileReport'][];
      notes: string[];
      savedMapping: components['schemas']['SavedColumnMapping'] | null;
      status: 'imported' | 'dry_run' | 'rejected';
      warningCount: number;
      warnings: ({
        column: string;
        file?: string;
        reason: string;
        row: number;
        value: string;
      })[];
      written: boolean;
    };
    Invitation: {
      accountId: string;
      accountName: string;
      email: string;
      id: string;
      remindersSent: number;
      respondedAt: string | null;
      score: number | null;
      sentAt: string | null;
      stakeholderId: string;
      stakeholderName: string;
      status: 'scheduled' | 'sent' | 'answered' | 'silent' | 'failed';
    };
    Me: {
      email: string;
      id: string;
      name: string;
      role: 'admin' | 'leader' | 'csm' | 'viewer';
    };
    OutboxMessage: {
      accountName: string;
      attempts: number;
      id: string;
      kind: 'invitation' | 'reminder';
      lastError: string | null;
      link: string;
      sendAfter: string;
      sentAt: string | null;
      stakeholderName: string;
      status: 'scheduled' | 'sending' | 'sent' | 'kept' | 'failed' | 'uncertain' | 'cancelled';
      subject: string;
      text: string;
      to: string;
      waveId: string;
    };
    PastResponseImport: {
      columns: {
        [key: string]: string;
      };
      errors: ({
        column: string;
        reason: string;
        row: number;
        value: string;
      })[];
      imported: number;
      nps: {
        detractors: number;
        nps: number | null;
        passives: number;
        promoters: number;
        responses: number;
      };
      rejected: number;
      rows: number;
      skipped: number;
      status: 'imported' | 'dry_run' | 'rejected';
    };
    Person: {
      accounts: number;
      email: string | null;
      firstName: string;
      fullName: string;
      id: string;
      lastName: string;
      phone: string | null;
      title: string | null;
    };
    PersonDetail: components['schemas']['Person'] & {
      stakeholders: ({
        accountId: string;
        accountName: string;
        personas: string[];
        stakeholderId: string;
        status: string;
      })[];
    };
    PersonInput: {
      email?: string | null;
      firstName: string;
      lastName: string;
      phone?: string | null;
      title?: string | null;
    };
    PersonaRequirement: {
      lowestSentiment: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
      minCount: number;
      participationTarget: number | null;
      persona: 'decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user';
      recencyDays: number | null;
    };
    PersonaSuggestion: {
      confidence: number;
      personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
      reasons: string[];
      seniority: string;
    };
    Problem: {
      code: 'NOT_FOUND' | 'BAD_REQUEST' | 'VALIDATION_FAILED' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL';
      detail: string;
      errors?: ({
        field: string;
        message: string;
        row?: number;
      })[];
      status: number;
      title: string;
      type: string;
    };
    Program: {
      active: boolean;
      createdAt: string;
      escalateAfterDays: number | null;
      id: string;
      lastWave: {
        id: string;
        invited: number;
        launchedAt: string;
        responded: number;
        responseRate: number | null;
      } | null;
      name: string;
      personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
      questionnaireId: string;
      questionnaireName: string;
      reminderDays: number[];
      responseWindowDays: number;
      segmentIds: string[];
      stages: ('discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed')[];
      trigger: components['schemas']['ProgramTrigger'];
    };
    ProgramInput: {
      active?: boolean;
      escalateAfterDays?: number | null;
      name: string;
      personas?: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
      questionnaireId: string;
      reminderDays?: number[];
      responseWindowDays?: number;
      segmentIds?: string[];
      stages?: ('discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed')[];
      trigger: components['schemas']['ProgramTrigger'];
    };
    ProgramPreview: {
      asOf: string;
      counts: {
        excluded: {
          [key: string]: number;
        };
        included: number;
      };
      excluded: ({
        accountId: string;
        accountName: string;
        email: string | null;
        name: string;
        personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
        reason: 'left' | 'no_email' | 'stage' | 'persona' | 'segment' | 'not_due' | 'fatigue' | 'duplicate_person';
        stakeholderId: string;
        why: string;
      })[];
      included: ({
        accountId: string;
        accountName: string;
        email: string | null;
        name: string;
        personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
        stakeholderId: string;
        why: string;
      })[];
    };
    ProgramTrigger: {
      days: number;
      kind: 'every';
    } | {
      days: number;
      kind: 'after_stage';
      stage: 'discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed';
    } | {
      days: number;
      kind: 'before_renewal';
    };
    Question: {
      highLabel?: string;
      id: string;
      kind: 'nps' | 'scale5' | 'text';
      lowLabel?: string;
      prompt: string;
      required: boolean;
    };
    Questionnaire: {
      id: string;
      isDefault: boolean;
      name: string;
      questions: components['schemas']['Question'][];
      updatedAt: string;
      version: number;
      versionId: string;
    };
    QuestionnaireDetail: components['schemas']['Questionnaire'] & {
      versions: ({
        createdAt: string;
        id: string;
        questionCount: number;
        responseCount: number;
        version: number;
      })[];
    };
    QuestionnaireInput: {
      name: string;
      questions: components['schemas']['Question'][];
    };
    RelationshipAction: {
      accountId: string;
      accountName: string;
      channel: 'meeting' | 'executive_outreach' | 'call' | 'email';
      createdAt: string;
      dueDate: string;
      gapKey: string;
      gapKind: 'missing_persona' | 'too_few' | 'sentiment_below_target' | 'recency_breached' | 'single_threaded' | 'key_stakeholder_left' | 'sentiment_disagreement' | 'silent';
      id: string;
      ownerId: string | null;
      ownerName: string | null;
      persona: 'decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user' | null;
      severity: 'critical' | 'high' | 'medium' | 'low';
      stakeholderId: string | null;
      status: 'open' | 'done' | 'dismissed' | 'resolved';
      statusChangedAt: string | null;
      statusReason: string | null;
      title: string;
    };
    RelationshipActionStatus: {
      reason?: string;
      status: 'open' | 'done' | 'dismissed';
    };
    SavedColumnMapping: {
      kind: string;
      mapping: {
        [key: string]: string;
      };
      savedAt: string;
      source: string;
    };
    Segment: components['schemas']['SegmentInfo'] & {
      model: components['schemas']['CoverageModel'];
    };
    SegmentInfo: {
      id: string;
      isDefault: boolean;
      match: {
        industries: string[];
        regions: ('north_america' | 'latin_america' | 'emea' | 'apac')[];
        sizeBands: ('smb' | 'mid_market' | 'enterprise' | 'large_enterprise')[];
        tiers: ('community' | 'enterprise' | 'strategic')[];
      };
      name: string;
      priority: number;
    };
    StageChange: {
      changedAt: string;
      changedBy: string | null;
      changedByName: string | null;
      fromStage: 'discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed' | null;
      id: string;
      note: string | null;
      toStage: 'discovery' | 'qualification' | 'selection' | 'implementation' | 'adoption' | 'maintenance' | 'change' | 'renewal' | 'churned' | 'renewed';
    };
    Stakeholder: {
      accountId: string;
      assessedSentiment: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
      assessedSentimentAt: string | null;
      assessedSentimentByName: string | null;
      assessedSentimentReason: string | null;
      id: string;
      keyToSuccess: 'critical' | 'important' | 'peripheral';
      lastEngagedAt: string | null;
      leftAt: string | null;
      measuredSentiment: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
      person: {
        email: string | null;
        firstName: string;
        fullName: string;
        lastName: string;
        phone: string | null;
        title: string | null;
      };
      personId: string;
      personalRapport: number | null;
      personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
      relationshipStrength: number | null;
      status: 'active' | 'left';
    };
    StakeholderChange: {
      changedAt: string;
      changedByName: string | null;
      field: 'personas' | 'keyToSuccess' | 'assessedSentiment' | 'measuredSentiment' | 'relationshipStrength' | 'personalRapport' | 'status' | 'email';
      fromValue?: unknown;
      id: string;
      reason: string | null;
      toValue?: unknown;
    };
    StakeholderInput: {
      accountId: string;
      assessedSentiment?: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
      keyToSuccess?: 'critical' | 'important' | 'peripheral';
      person?: components['schemas']['PersonInput'];
      personId?: string;
      personalRapport?: number | null;
      personas: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
      relationshipStrength?: number | null;
      sentimentReason?: string;
    };
    StakeholderLeave: {
      leftAt?: string;
      reason?: string;
    };
    StakeholderPatch: {
      assessedSentiment?: 'detractor' | 'resistant' | 'neutral' | 'supportive' | null;
      keyToSuccess?: 'critical' | 'important' | 'peripheral';
      person?: {
        email?: string | null;
        firstName?: string;
        lastName?: string;
        phone?: string | null;
        title?: string | null;
      };
      personalRapport?: number | null;
      personas?: ('decision_maker' | 'budget_holder' | 'executive_sponsor' | 'champion' | 'influencer' | 'main_contact' | 'day_to_day_user')[];
      relationshipStrength?: number | null;
      sentimentReason?: string;
    };
    Task: {
      accountId: string;
      accountName: string;
      createdAt: string;
      dueDate: string;
      id: string;
      kind: 'promoter_follow_up' | 'passive_follow_up' | 'detractor_follow_up' | 'silent_escalation';
      ownerId: string | null;
      ownerName: string | null;
      responseId: string | null;
      score: number | null;
      stakeholderId: string | null;
      stakeholderName: string | null;
      status: 'open' | 'done';
      title: string;
    };
    Touchpoint: {
      accountId: string;
      createdBy: string | null;
      createdByName: string | null;
      id: string;
      internalParticipants: ({
        id: string;
        name: string;
      })[];
      kind: 'call' | 'meeting' | 'email' | 'qbr' | 'ebr' | 'onsite' | 'event' | 'note';
      occurredAt: string;
      stakeholders: ({
        fullName: string;
        id: string;
        personas: string[];
      })[];
      summary: string;
    };
    TouchpointInput: {
      accountId: string;
      kind: 'call' | 'meeting' | 'email' | 'qbr' | 'ebr' | 'onsite' | 'event' | 'note';
      occurredAt: string;
      stakeholderIds?: string[];
      summary?: string;
      userIds?: string[];
    };
    TouchpointPage: {
      items: components['schemas']['Touchpoint'][];
      nextCursor: string | null;
      total: number;
    };
    TouchpointPatch: {
      kind?: 'call' | 'meeting' | 'email' | 'qbr' | 'ebr' | 'onsite' | 'event' | 'note';
      occurredAt?: string;
      stakeholderIds?: string[];
      summary?: string;
      userIds?: string[];
    };
    User: {
      createdAt: string;
      disabled: boolean;
      email: string;
      id: string;
      name: string;
      role: 'admin' | 'leader' | 'csm' | 'viewer';
    };
    Wave: {
      closesAt: string;
      id: string;
      invited: number;
      launchedAt: string;
      programId: string;
      programName: string;
      questionnaireName: string;
      responded: number;
      responseRate: number | null;
      sent: number;
      status: 'open' | 'closed';
    };
  };
}
