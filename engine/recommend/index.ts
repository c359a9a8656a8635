// The recommendation API the side panel and the CLI use.
export { computeGap, extractProfileSkills, type AnalysisLike, type Gap, type RankedGap, type SkillRef } from './gap';
export { coursesFor, searchLinkFor, type CourseLink } from './courses';
export { nearestRoles, ROLES, type RoleMatch } from './roles';
export { ProfileFileSchema, describeProfileErrors, type ProfileFile, type ProfileLike, type SkillLevel } from './profile-schema';
