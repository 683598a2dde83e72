---
title: 'Development plan and meeting record'
date: '2026-11-22'
---

Exported from mentee on 2026-11-22.
This is the complete record: items marked *(private)* are left out of shared exports.

## Mentoring agreements

No mentor yet.

## The four questions

### Where are you now?

*Not answered yet.*

### Where do you want to be?

*Not answered yet.*

### How might you get there?

*Not answered yet.*

### How are you doing?

*Not answered yet.*

## Ideal occupation

I'd like to work where I am able to use my preferred knowledge, skills and experience of …;
in a field that matches my interests in …;
so that I can contribute to the goals of my employer by …

And, I am working toward my personal/career goals of …;
my work satisfies my needs/wants to …;
my employment does not compromise my values of …;
I work with people who …;
I work in an environment where …;
the intrinsic rewards of my work are …;
the extrinsic rewards of my work are …

## Goals

No goals yet.

## Meetings

No meetings yet.
