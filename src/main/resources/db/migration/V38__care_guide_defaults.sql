-- 养护指南 (SPEC §8): the group's care guide (company 0) for the components
-- owners ask about most; a company writes its own over it
-- (PUT /api/v1/care-guides/{componentCode}).
insert into care_guide (company_id, component_code, checks, care, updated_by, updated_at, version) values
 (0, 'BATHROOM_WATERPROOFING', '楼下天花、墙角有无水渍；地漏周边和墙地交接处的密封胶是否完好。',
  '装修时不要破坏原防水层，确需改动须重做防水并做 48 小时闭水试验；地漏保持通畅，不要长期积水。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'ROOF', '雨后查看顶层天花有无渗水；屋面排水口是否被落叶堵塞。',
  '不要在屋面上打孔、堆放重物或种植；定期清理排水口。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'EXTERIOR_WALL', '台风、暴雨后查看外墙内侧和窗边墙面有无水渍、起皮。',
  '不要在外墙上私自打孔安装支架；空调孔用后封堵严密。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'WINDOW', '开关是否顺畅，密封胶条有无脱落，排水孔是否通畅。',
  '轨道定期清扫，五金件每半年加一次润滑油；台风前关紧门窗。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'ENTRANCE_DOOR', '门锁是否灵活，门缝是否均匀，合页有无松动。',
  '锁芯卡滞时用铅笔芯粉润滑，不要用食用油；避免用力撞门。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'FLOOR', '地面有无空鼓（轻敲声音发空）、开裂、起砂。',
  '不要在地面上拖拽重物；木地板避免长期浸水，保持室内通风。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'WALL', '墙面有无裂缝、起皮、发霉，抹灰层有无空鼓脱落。',
  '梅雨季节注意通风除湿；不要在承重墙和剪力墙上开槽打洞。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'WATER_SUPPLY', '水表在全部关闭用水时是否仍在走动；管道接口有无渗水。',
  '长期外出关闭总阀；冬季注意暴露管道防冻；装修不要在地面敷设的水管上打钉。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'DRAINAGE', '排水是否顺畅，有无异味返出。',
  '不要把油污、毛发、装修垃圾倒入下水道；地漏定期清理。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'ELECTRICAL', '漏电保护器每月按一次试验按钮，能否跳闸。',
  '不要超负荷用电；大功率电器使用专用插座；装修改线须由持证电工施工。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'SANITARY_WARE', '坐便器、面盆底座有无松动渗水，角阀是否关得严。',
  '不要用硬物或强酸清洁剂清洗釉面；水箱配件损坏及时报修。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1),
 (0, 'LAMPS_SWITCHES', '开关插座有无发热、松动，灯具是否闪烁。',
  '更换灯具前先断电；潮湿的手不要触碰开关插座。', 'system', timestamp with time zone '2026-01-01 00:00:00+08', 1);
